using Microsoft.Extensions.Configuration.EnvironmentVariables;
using Microsoft.Extensions.Configuration.Json;
using Microsoft.Extensions.FileProviders;

namespace Portal.Hosting;

/// <summary>
/// Loads the repository-root appsettings.json (copied next to Portal.dll) when the content root has none,
/// as under <c>dotnet run</c>. It is inserted before the environment variables so they still override it
/// (docs/decisions/0001).
/// </summary>
internal static class RootAppSettings
{
    public static void AddRootAppSettings(this WebApplicationBuilder builder)
    {
        if (File.Exists(Path.Combine(builder.Environment.ContentRootPath, "appsettings.json")))
        {
            return;
        }

        var sources = builder.Configuration.Sources;
        var position = sources.ToList().FindIndex(s => s is EnvironmentVariablesConfigurationSource { Prefix: null or "" });
        var json = new JsonConfigurationSource
        {
            Path = "appsettings.json",
            Optional = false,
            ReloadOnChange = false,
            FileProvider = new PhysicalFileProvider(AppContext.BaseDirectory),
        };
        sources.Insert(position < 0 ? sources.Count : position, json);
    }
}
