using Portal.Hosting;

var app = WebApplication.CreateBuilder(PortalCommands.HostArguments(args)).AddPortal().Build();
if (await app.RunCommandAsync(args) is { } exitCode)
{
    return exitCode;
}

await app.InitializeDatabaseAsync();
app.UsePortalPipeline().MapPortalEndpoints();
await app.RunAsync();
return 0;

/// <summary>The entry point, visible to the tests' WebApplicationFactory.</summary>
public partial class Program;
