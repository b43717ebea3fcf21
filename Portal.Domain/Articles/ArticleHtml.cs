using AngleSharp.Html.Parser;

namespace Portal.Domain.Articles;

/// <summary>Reads stored (already sanitised) HTML: an article's headings for its table of contents, a reply's opening words.</summary>
internal static class ArticleHtml
{
    private static readonly HtmlParser Parser = new();

    /// <summary>
    /// The h2 and h3 elements with an id, in document order, read without their own anchor link; headings without an id
    /// cannot be linked, so they are left out.
    /// </summary>
    public static IReadOnlyList<ArticleHeading> Headings(string html)
    {
        using var document = Parser.ParseDocument(html);
        foreach (var anchor in document.QuerySelectorAll("a." + Content.ArticleMarkdown.HeadingAnchorClass).ToList())
        {
            anchor.Remove();
        }

        return
        [
            .. document.QuerySelectorAll("h2[id], h3[id]")
                .Where(h => !string.IsNullOrWhiteSpace(h.Id) && !string.IsNullOrWhiteSpace(h.TextContent))
                .Select(h => new ArticleHeading(h.LocalName == "h2" ? 2 : 3, h.Id!, Squash(h.TextContent))),
        ];
    }

    /// <summary>The text of <paramref name="html"/> with whitespace squashed, cut to at most <paramref name="max"/> characters (with an ellipsis).</summary>
    public static string Excerpt(string html, int max)
    {
        using var document = Parser.ParseDocument(html);
        var text = Squash(document.Body?.TextContent ?? "");
        return text.Length <= max ? text : string.Concat(text.AsSpan(0, max).TrimEnd(), "…");
    }

    private static string Squash(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
