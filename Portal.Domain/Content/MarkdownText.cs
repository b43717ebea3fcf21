namespace Portal.Domain.Content;

/// <summary>Member text placed into generated Markdown.</summary>
public static class MarkdownText
{
    /// <summary>A Markdown link to <paramref name="url"/> whose text is <paramref name="text"/>, with the brackets and backslashes that would break it escaped.</summary>
    public static string Link(string text, string url)
    {
        ArgumentNullException.ThrowIfNull(text);
        var escaped = text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("[", "\\[", StringComparison.Ordinal).Replace("]", "\\]", StringComparison.Ordinal);
        return $"[{escaped}]({url})";
    }
}
