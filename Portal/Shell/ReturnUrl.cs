using Microsoft.AspNetCore.Components;

namespace Portal.Shell;

internal static class ReturnUrl
{
    /// <summary>The current page as a local path-and-query, for links that come back here.</summary>
    public static string Current(NavigationManager navigation) => "/" + navigation.ToBaseRelativePath(navigation.Uri);

    /// <summary>Keeps only local paths, so a crafted link cannot redirect off-site.</summary>
    public static string Sanitize(string? url) =>
        url is { Length: > 0 } && url.StartsWith('/') && !url.StartsWith("//", StringComparison.Ordinal) && !url.StartsWith("/\\", StringComparison.Ordinal)
            ? url
            : "/";
}
