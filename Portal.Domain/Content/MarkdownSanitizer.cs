using Ganss.Xss;

namespace Portal.Domain.Content;

/// <summary>
/// The HTML allow-list <see cref="MarkdownRenderer"/> sanitises its output with, for posts or for articles: a bug or a
/// new Markdig feature cannot smuggle markup through. Links get <c>rel="nofollow ugc noopener"</c>; only http(s), mailto
/// and site-relative addresses survive.
/// </summary>
internal static class MarkdownSanitizer
{
    /// <summary>
    /// The allow-list for a profile. Articles add h2, figures, the callout box and the heading anchors' id and
    /// aria-label, and keep images only from the article stores; an in-page anchor (<c>#…</c>) needs no <c>rel</c>.
    /// </summary>
    public static HtmlSanitizer Create(bool article)
    {
        var tags = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
        {
            "p", "br", "hr", "h3", "h4", "h5", "h6", "strong", "em", "del", "ins", "mark", "sub", "sup",
            "code", "pre", "blockquote", "ul", "ol", "li", "input", "table", "thead", "tbody", "tr", "th", "td",
            "a", "img",
        };
        var attributes = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
        {
            "href", "title", "src", "alt", "type", "checked", "disabled", "class", "style", "start",
        };
        var classes = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "contains-task-list", "task-list-item", "task-list-item-checkbox" };
        if (article)
        {
            tags.UnionWith(["h2", "figure", "figcaption", "div"]);
            attributes.UnionWith(["id", "aria-label"]);
            classes.UnionWith(ArticleMarkdown.Classes);
        }

        var options = new HtmlSanitizerOptions
        {
            AllowedTags = tags,
            AllowedAttributes = attributes,
            AllowedCssProperties = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "text-align" },
            AllowedSchemes = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "http", "https", "mailto" },
            UriAttributes = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "href", "src" },
            AllowedClasses = classes,
        };
        var sanitizer = new HtmlSanitizer(options);
        sanitizer.PostProcessNode += (_, e) =>
        {
            if (e.Node is AngleSharp.Dom.IElement element)
            {
                if (element.LocalName == "a")
                {
                    if (!(article && element.GetAttribute("href") is { } href && href.StartsWith('#')))
                    {
                        element.SetAttribute("rel", "nofollow ugc noopener");
                    }
                }
                else if (element.LocalName == "input" && element.GetAttribute("type") != "checkbox")
                {
                    element.Remove();
                }
                else if (element.LocalName == "img" && !(article ? ArticleMarkdown.IsArticleImage(element.GetAttribute("src")) : MarkdownRenderer.IsOwnMedia(element.GetAttribute("src"))))
                {
                    element.Remove();
                }
            }
        };
        return sanitizer;
    }
}
