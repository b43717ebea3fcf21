using System.Text.RegularExpressions;
using Ganss.Xss;
using Markdig;
using Markdig.Renderers;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using Portal.Domain.Accounts;
using Portal.Domain.Forums.Images;

namespace Portal.Domain.Content;

/// <summary>
/// The one way user Markdown becomes HTML, everywhere (posts, articles, events). Markdig parses with the
/// extensions a forum needs and raw HTML disabled; headings move down two levels so a post never competes
/// with the page's own headings; the HTML output is then sanitised against an allow-list (<see cref="MarkdownSanitizer"/>),
/// so a bug or a new Markdig feature cannot smuggle markup through. Links get <c>rel="nofollow ugc noopener"</c>; only
/// http(s), mailto and site-relative addresses survive. Articles use the same code with an article profile
/// (<see cref="RenderArticle"/>): a few more extensions and a wider, still strict, allow-list. Thread-safe; register as a singleton.
/// </summary>
public sealed partial class MarkdownRenderer
{
    private const int HeadingShift = 2;

    private readonly Profile post = new(BaseBuilder().DisableHtml().Build(), MarkdownSanitizer.Create(article: false), IsArticle: false);

    // The alert extension's own title (an icon and the English kind) is left out: ArticleMarkdown writes one in the text's language.
    private readonly Profile article = new(
        BaseBuilder().UseFigures().UseAlertBlocks(static (_, _) => { }).DisableHtml().Build(), MarkdownSanitizer.Create(article: true), IsArticle: true);

    /// <summary>
    /// A member's post, comment, bio or event description: headings moved down two levels; images only from Portal's own
    /// uploads (<see cref="IsOwnMedia"/>: another host's image becomes a plain link, any other source its words); photos
    /// uploaded for posts (<see cref="PostPhotos"/>) are left out of the HTML, as the post's gallery shows them.
    /// </summary>
    public RenderedMarkdown Render(string? markdown) => RenderWith(markdown, post);

    /// <summary>
    /// An article's text: the same pipeline and sanitiser construction with the article profile.
    /// <list type="bullet">
    /// <item><c>#</c> and <c>##</c> become h2, <c>###</c> h3, deeper h4; every h2 and h3 gets a unique id <c>h-{slug}</c>
    /// (<see cref="Slug"/>, so Chinese headings read as pinyin; a repeated heading gets <c>-2</c>, <c>-3</c>) and ends with an
    /// anchor link <c>&lt;a class="heading-anchor" href="#h-…" aria-label="…"&gt;#&lt;/a&gt;</c>.</item>
    /// <item>Pipe tables, task lists and the rest of the post extensions.</item>
    /// <item>Images only from the article stores (<c>/media/article-images/</c>, <c>/media/articles/</c>); any other source drops the image.</item>
    /// <item>Figures with captions, Markdig's figure syntax: a line <c>^^^</c>, the image, then <c>^^^ The caption</c>
    /// (becomes <c>&lt;figure&gt;</c> with <c>&lt;figcaption&gt;</c>).</item>
    /// <item>Callouts, GitHub's alert syntax: <c>&gt; [!NOTE]</c> or <c>&gt; [!WARNING]</c> on the quote's first line
    /// (TIP and IMPORTANT read as a note, CAUTION as a warning) become <c>&lt;div class="callout callout-note"&gt;</c> or
    /// <c>callout-warning</c>, opened by <c>&lt;p class="callout-title"&gt;</c> in the text's language (Chinese when it has
    /// more Chinese characters than Latin words).</item>
    /// </list>
    /// </summary>
    public RenderedMarkdown RenderArticle(string? markdown) => RenderWith(markdown, article);

    private static MarkdownPipelineBuilder BaseBuilder() => new MarkdownPipelineBuilder()
        .UsePipeTables()
        .UseTaskLists()
        .UseAutoLinks()
        .UseEmphasisExtras()
        .UseSoftlineBreakAsHardlineBreak();

    private static RenderedMarkdown RenderWith(string? markdown, Profile profile)
    {
        var pipeline = profile.Pipeline;
        var document = Markdown.Parse(markdown ?? "", pipeline);
        var links = 0;
        var mentions = new List<string>();
        var images = new List<MarkdownImage>();
        foreach (var node in document.Descendants().ToList())
        {
            switch (node)
            {
                case HeadingBlock heading when !profile.IsArticle:
                    heading.Level = Math.Min(6, heading.Level + HeadingShift);
                    break;
                case LinkInline { IsImage: true } image when !profile.IsArticle && !IsOwnMedia(image.Url):
                    // Another host's image would be a tracking pixel: it becomes a plain link; data:, javascript:,
                    // protocol-relative and other sources become their words.
                    links += Unimage(image) ? 1 : 0;
                    break;
                case LinkInline { IsImage: true, Url: { } url } image:
                    images.Add(new MarkdownImage(url, AltOf(image)));

                    // A post's own photos show in its gallery under the text, not inline.
                    if (!profile.IsArticle && PostPhotos.FileNameOf(url) is not null)
                    {
                        ArticleMarkdown.Drop(image);
                    }

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

        if (profile.IsArticle)
        {
            ArticleMarkdown.Shape(document, ArticleMarkdown.IsChinese(markdown ?? ""));
        }

        using var writer = new StringWriter();
        var renderer = new HtmlRenderer(writer);
        pipeline.Setup(renderer);
        renderer.Render(document);
        writer.Flush();

        var html = profile.Sanitizer.Sanitize(writer.ToString());
        var plain = Markdown.ToPlainText(markdown ?? "", pipeline).Trim();
        return new RenderedMarkdown(html, plain, links, mentions.Distinct(StringComparer.Ordinal).ToList(), images);
    }

    /// <summary>
    /// Whether <paramref name="src"/> is one of Portal's own stored images (<c>/media/{kind}/{file}</c>, site-relative, one
    /// plain file name): the only images members' Markdown may show, so no other host learns who reads a post.
    /// </summary>
    public static bool IsOwnMedia(string? src) => src is not null && OwnMediaPath().IsMatch(src);

    private static string AltOf(LinkInline image) => string.Concat(image.Descendants<LiteralInline>().Select(l => l.Content.ToString())).Trim();

    /// <summary>
    /// A remote http(s) image becomes a link to it (its alt text, else the address, as the words); any other source is
    /// replaced by its alt text, or removed when it has none. True when a link was made.
    /// </summary>
    private static bool Unimage(LinkInline image)
    {
        if (Uri.TryCreate(image.Url, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" && !image.Url!.Contains('\\', StringComparison.Ordinal))
        {
            image.IsImage = false;
            if (AltOf(image).Length == 0)
            {
                image.AppendChild(new LiteralInline(image.Url!));
            }

            return true;
        }

        var alt = AltOf(image);
        if (alt.Length > 0)
        {
            image.InsertBefore(new LiteralInline(alt));
            image.Remove();
        }
        else
        {
            ArticleMarkdown.Drop(image);
        }

        return false;
    }

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

    /// <summary>What one profile renders with.</summary>
    private sealed record Profile(MarkdownPipeline Pipeline, HtmlSanitizer Sanitizer, bool IsArticle);

    [GeneratedRegex(@"^/members/([A-Za-z0-9\-]{1,64})$", RegexOptions.CultureInvariant)]
    private static partial Regex MemberPath();

    [GeneratedRegex(@"^/media/[a-z0-9\-]+/[A-Za-z0-9][A-Za-z0-9_\-]*(?:\.[A-Za-z0-9]+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex OwnMediaPath();
}
