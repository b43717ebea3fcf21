using System.Text.RegularExpressions;
using Ganss.Xss;
using Markdig;
using Markdig.Renderers;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using Portal.Domain.Accounts;

namespace Portal.Domain.Content;

/// <summary>
/// The one way user Markdown becomes HTML, everywhere (posts, articles, events). Markdig parses with the
/// extensions a forum needs and raw HTML disabled; headings move down two levels so a post never competes
/// with the page's own headings; the HTML output is then sanitised against an allow-list, so a bug or a new
/// Markdig feature cannot smuggle markup through. Links get <c>rel="nofollow ugc noopener"</c>; only
/// http(s), mailto and site-relative addresses survive. Thread-safe; register as a singleton.
/// </summary>
public sealed partial class MarkdownRenderer
{
    private const int HeadingShift = 2;

    private readonly MarkdownPipeline pipeline = new MarkdownPipelineBuilder()
        .UsePipeTables()
        .UseTaskLists()
        .UseAutoLinks()
        .UseEmphasisExtras()
        .UseSoftlineBreakAsHardlineBreak()
        .DisableHtml()
        .Build();

    private readonly HtmlSanitizer sanitizer = CreateSanitizer();

    public RenderedMarkdown Render(string? markdown)
    {
        var document = Markdown.Parse(markdown ?? "", pipeline);
        var links = 0;
        var mentions = new List<string>();
        foreach (var node in document.Descendants())
        {
            switch (node)
            {
                case HeadingBlock heading:
                    heading.Level = Math.Min(6, heading.Level + HeadingShift);
                    break;
                case LinkInline { IsImage: false } link:
                    if (MentionOf(link) is { } memberId)
                    {
                        mentions.Add(memberId);
                    }
                    else
                    {
                        links++;
                    }

                    break;
                case AutolinkInline:
                    links++;
                    break;
            }
        }

        using var writer = new StringWriter();
        var renderer = new HtmlRenderer(writer);
        pipeline.Setup(renderer);
        renderer.Render(document);
        writer.Flush();

        var html = sanitizer.Sanitize(writer.ToString());
        var plain = Markdown.ToPlainText(markdown ?? "", pipeline).Trim();
        return new RenderedMarkdown(html, plain, links, mentions.Distinct(StringComparer.Ordinal).ToList());
    }

    /// <summary>
    /// An article's text: the same pipeline and sanitiser with the article profile (headings with anchors, figures,
    /// callouts, images only from the article uploads).
    /// </summary>
    public RenderedMarkdown RenderArticle(string? markdown) => Render(markdown);

    /// <summary>The Markdown an editor inserts to mention a member: a link to their profile whose text starts with @.</summary>
    public static string MentionMarkdown(string memberId, string displayName) =>
        $"[@{displayName.Replace("]", "", StringComparison.Ordinal).Replace("[", "", StringComparison.Ordinal)}]({MemberUrls.Profile(memberId)})";

    private static string? MentionOf(LinkInline link)
    {
        if (link.Url is null || link.FirstChild is not LiteralInline { Content: var text } || !text.ToString().StartsWith('@'))
        {
            return null;
        }

        var match = MemberPath().Match(link.Url);
        return match.Success ? match.Groups[1].Value : null;
    }

    private static HtmlSanitizer CreateSanitizer()
    {
        var options = new HtmlSanitizerOptions
        {
            AllowedTags = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
            {
                "p", "br", "hr", "h3", "h4", "h5", "h6", "strong", "em", "del", "ins", "mark", "sub", "sup",
                "code", "pre", "blockquote", "ul", "ol", "li", "input", "table", "thead", "tbody", "tr", "th", "td",
                "a", "img",
            },
            AllowedAttributes = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
            {
                "href", "title", "src", "alt", "type", "checked", "disabled", "class", "style", "start",
            },
            AllowedCssProperties = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "text-align" },
            AllowedSchemes = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "http", "https", "mailto" },
            UriAttributes = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "href", "src" },
            AllowedClasses = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "contains-task-list", "task-list-item", "task-list-item-checkbox" },
        };
        var sanitizer = new HtmlSanitizer(options);
        sanitizer.PostProcessNode += (_, e) =>
        {
            if (e.Node is AngleSharp.Dom.IElement element)
            {
                if (element.LocalName == "a")
                {
                    element.SetAttribute("rel", "nofollow ugc noopener");
                }
                else if (element.LocalName == "input" && element.GetAttribute("type") != "checkbox")
                {
                    element.Remove();
                }
            }
        };
        return sanitizer;
    }

    [GeneratedRegex(@"^/members/([A-Za-z0-9\-]{1,64})$", RegexOptions.CultureInvariant)]
    private static partial Regex MemberPath();
}
