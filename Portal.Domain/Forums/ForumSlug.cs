using System.Text;

namespace Portal.Domain.Forums;

/// <summary>URL slugs for threads: lower-case ASCII words joined by hyphens; titles without any (Chinese) get "thread".</summary>
public static class ForumSlug
{
    public static string From(string title)
    {
        ArgumentNullException.ThrowIfNull(title);
        var slug = new StringBuilder();
        foreach (var c in title.ToLowerInvariant())
        {
            if (c is >= 'a' and <= 'z' or >= '0' and <= '9')
            {
                slug.Append(c);
            }
            else if (slug.Length > 0 && slug[^1] != '-')
            {
                slug.Append('-');
            }

            if (slug.Length >= ForumThread.SlugMaxLength)
            {
                break;
            }
        }

        var result = slug.ToString().Trim('-');
        return result.Length == 0 ? "thread" : result;
    }
}
