using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Components;

namespace Portal.Shell;

internal static class ReturnUrl
{
    /// <summary>The current page as a local path-and-query, for links that come back here.</summary>
    public static string Current(NavigationManager navigation) => "/" + navigation.ToBaseRelativePath(navigation.Uri);

    /// <summary>
    /// Keeps only local paths, so a crafted link cannot redirect off-site: <c>//evil</c>, <c>/\evil</c>, <c>http://evil</c>
    /// and anything with a control character (a tab or CR/LF, which browsers drop to make <c>/&#9;/evil</c> off-site) become
    /// <c>/</c>. Non-ASCII (a Chinese tag in the address) is percent-encoded: a <c>Location</c> header carries ASCII only.
    /// </summary>
    public static string Sanitize(string? url)
    {
        if (url is not { Length: > 0 } || url[0] != '/' || url.StartsWith("//", StringComparison.Ordinal) || url.Any(c => c == '\\' || char.IsControl(c)))
        {
            return "/";
        }

        var safe = new StringBuilder(url.Length);
        Span<byte> bytes = stackalloc byte[4];
        foreach (var rune in url.EnumerateRunes())
        {
            if (rune.IsAscii && rune.Value != ' ')
            {
                safe.Append((char)rune.Value);
                continue;
            }

            var length = rune.EncodeToUtf8(bytes);
            foreach (var b in bytes[..length])
            {
                safe.Append('%').Append(b.ToString("X2", CultureInfo.InvariantCulture));
            }
        }

        return safe.ToString();
    }
}
