using System.Text.RegularExpressions;
using Markdig.Extensions.Alerts;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using Portal.Domain.Forums;

namespace Portal.Domain.Content;

/// <summary>
/// The article profile's changes to a parsed text (see <see cref="MarkdownRenderer.RenderArticle"/>): heading levels,
/// ids and anchors, images only from the article stores, figures and callouts.
/// </summary>
internal static partial class ArticleMarkdown
{
    public const string HeadingAnchorClass = "heading-anchor";

    private const int HeadingSlugLength = 60;

    /// <summary>Every class the article profile writes; the article sanitiser allows exactly these beyond the post's.</summary>
    public static readonly string[] Classes = ["callout", "callout-note", "callout-warning", "callout-title", HeadingAnchorClass];

    /// <summary>A picture from the article's own uploads: <c>/media/article-images/{file}.webp</c> or <c>/media/articles/{file}.webp</c>.</summary>
    public static bool IsArticleImage(string? src) => src is not null && ArticleImagePath().IsMatch(src);

    /// <summary>Chinese when the text has more Chinese characters than Latin words (a Chinese article still names "OTA 3.2").</summary>
    public static bool IsChinese(string text)
    {
        var cjk = 0;
        var words = 0;
        var inWord = false;
        foreach (var c in text)
        {
            if (ForumSearchText.IsCjk(c))
            {
                cjk++;
                inWord = false;
            }
            else if (char.IsAsciiLetter(c))
            {
                words += inWord ? 0 : 1;
                inWord = true;
            }
            else
            {
                inWord = false;
            }
        }

        return cjk > words;
    }

    public static void Shape(MarkdownDocument document, bool chinese)
    {
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var node in document.Descendants().ToList())
        {
            switch (node)
            {
                case HeadingBlock heading:
                    Anchor(heading, ids, chinese);
                    break;
                case LinkInline { IsImage: true } image when !IsArticleImage(image.Url):
                    Drop(image);
                    break;
                case AlertBlock alert:
                    Callout(alert, chinese);
                    break;
            }
        }
    }

    private static void Anchor(HeadingBlock heading, HashSet<string> ids, bool chinese)
    {
        heading.Level = heading.Level switch { <= 2 => 2, 3 => 3, _ => 4 };
        if (heading.Level > 3)
        {
            return;
        }

        var text = TextOf(heading.Inline).Trim();
        var stem = "h-" + Slug.From(text, "section", HeadingSlugLength);
        var id = stem;
        for (var n = 2; !ids.Add(id); n++)
        {
            id = string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{stem}-{n}");
        }

        heading.GetAttributes().Id = id;
        var anchor = new LinkInline("#" + id, "");
        anchor.AppendChild(new LiteralInline("#"));
        var attributes = anchor.GetAttributes();
        attributes.AddClass(HeadingAnchorClass);
        attributes.AddProperty("aria-label", chinese ? $"链接到“{text}”" : $"Link to “{text}”");
        heading.Inline ??= new ContainerInline();
        heading.Inline.AppendChild(new LiteralInline(" "));
        heading.Inline.AppendChild(anchor);
    }

    /// <summary>Removes an image (from elsewhere; in a post, a photo the gallery shows), and its paragraph when nothing else was in it.</summary>
    internal static void Drop(LinkInline image)
    {
        ContainerInline root = image;
        while (root.Parent is { } parent)
        {
            root = parent;
        }

        var paragraph = root.ParentBlock as ParagraphBlock;
        image.Remove();
        if (paragraph?.Inline is { } rest && rest.All(i => i is LineBreakInline || (i is LiteralInline l && l.Content.IsEmptyOrWhitespace())))
        {
            paragraph.Parent?.Remove(paragraph);
        }
    }

    private static void Callout(AlertBlock alert, bool chinese)
    {
        var warning = alert.Kind.ToString().ToUpperInvariant() is "WARNING" or "CAUTION";
        var attributes = new HtmlAttributes();
        attributes.AddClass("callout");
        attributes.AddClass(warning ? "callout-warning" : "callout-note");
        alert.SetAttributes(attributes);
        var title = (warning, chinese) switch
        {
            (true, true) => "警告",
            (true, false) => "Warning",
            (false, true) => "注意",
            (false, false) => "Note",
        };
        var paragraph = new ParagraphBlock { Inline = new ContainerInline() };
        paragraph.Inline.AppendChild(new LiteralInline(title));
        paragraph.GetAttributes().AddClass("callout-title");
        alert.Insert(0, paragraph);
    }

    private static string TextOf(ContainerInline? container)
    {
        var text = new System.Text.StringBuilder();
        foreach (var inline in container?.Descendants<Inline>() ?? [])
        {
            switch (inline)
            {
                case LiteralInline literal:
                    text.Append(literal.Content.ToString());
                    break;
                case CodeInline code:
                    text.Append(code.Content);
                    break;
                case LineBreakInline:
                    text.Append(' ');
                    break;
            }
        }

        return text.ToString();
    }

    [GeneratedRegex(@"^/media/(?:article-images|articles)/[A-Za-z0-9][A-Za-z0-9\-]*\.webp$", RegexOptions.CultureInvariant)]
    private static partial Regex ArticleImagePath();
}
