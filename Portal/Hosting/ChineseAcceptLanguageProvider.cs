using Microsoft.AspNetCore.Localization;
using Microsoft.Net.Http.Headers;

namespace Portal.Hosting;

/// <summary>Accept-Language, reading any Chinese variant (zh, zh-Hans, zh-CN, zh-SG) as Simplified Chinese.</summary>
internal sealed class ChineseAcceptLanguageProvider : RequestCultureProvider
{
    public override Task<ProviderCultureResult?> DetermineProviderCultureResult(HttpContext httpContext)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        var languages = httpContext.Request.GetTypedHeaders().AcceptLanguage
            .OrderByDescending(l => l.Quality ?? 1)
            .Select(l => l.Value.Value ?? "");
        foreach (var language in languages)
        {
            if (language.StartsWith("zh", StringComparison.OrdinalIgnoreCase) && !language.Contains("Hant", StringComparison.OrdinalIgnoreCase) && !language.EndsWith("TW", StringComparison.OrdinalIgnoreCase))
            {
                return Task.FromResult<ProviderCultureResult?>(new ProviderCultureResult("zh-CN"));
            }

            if (language.StartsWith("en", StringComparison.OrdinalIgnoreCase))
            {
                return Task.FromResult<ProviderCultureResult?>(new ProviderCultureResult("en"));
            }
        }

        return NullProviderCultureResult;
    }
}
