using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Portal.Domain.Content;

namespace Portal.Tests.Content;

/// <summary>The article profile of <see cref="MarkdownRenderer"/>: headings with ids and anchors, tables, article images only, figures, callouts.</summary>
public sealed class ArticleMarkdownTests
{
    private readonly MarkdownRenderer renderer = new();

    [Fact]
    public void Headings_become_h2_h3_and_h4_with_ids_only_on_h2_and_h3()
    {
        var body = Parse("# Top\n\n## Charging at home\n\n### Wall box\n\n#### Fuse\n\n##### Deeper");

        Assert.Empty(body.QuerySelectorAll("h1"));
        Assert.Equal(["h-top", "h-charging-at-home"], body.QuerySelectorAll("h2").Select(h => h.Id));
        Assert.Equal("h-wall-box", Assert.Single(body.QuerySelectorAll("h3")).Id);
        Assert.Equal(2, body.QuerySelectorAll("h4").Length);
        Assert.All(body.QuerySelectorAll("h4"), h => Assert.False(h.HasAttribute("id")));
    }

    [Fact]
    public void Chinese_headings_get_readable_ids_and_repeats_get_a_number()
    {
        var body = Parse("## 冬季续航\n\n正文\n\n## 冬季续航\n\n## 冬季续航\n\n### Tips\n\n### Tips");

        Assert.Equal(["h-dong-ji-xu-hang", "h-dong-ji-xu-hang-2", "h-dong-ji-xu-hang-3"], body.QuerySelectorAll("h2").Select(h => h.Id));
        Assert.Equal(["h-tips", "h-tips-2"], body.QuerySelectorAll("h3").Select(h => h.Id));
    }

    [Fact]
    public void A_heading_of_punctuation_only_still_gets_an_id()
    {
        var body = Parse("## !!!\n\n## ???");

        Assert.Equal(["h-section", "h-section-2"], body.QuerySelectorAll("h2").Select(h => h.Id));
    }

    [Fact]
    public void Every_h2_and_h3_ends_with_a_labelled_anchor_to_itself_without_rel()
    {
        var body = Parse("## Winter range\n\n### Preheating");

        foreach (var heading in body.QuerySelectorAll("h2, h3"))
        {
            var anchor = Assert.Single(heading.QuerySelectorAll("a"));
            Assert.Equal("#" + heading.Id, anchor.GetAttribute("href"));
            Assert.Equal("heading-anchor", anchor.ClassName);
            Assert.Equal("#", anchor.TextContent);
            Assert.Null(anchor.GetAttribute("rel"));
        }

        Assert.Equal("Link to “Winter range”", body.QuerySelector("h2 a")!.GetAttribute("aria-label"));
    }

    [Fact]
    public void Anchor_labels_follow_the_text_language()
    {
        var body = Parse("## 冬季续航\n\n冬天开空调续航会下降，出发前预热电池很有帮助。");

        Assert.Equal("链接到“冬季续航”", body.QuerySelector("h2 a")!.GetAttribute("aria-label"));
    }

    [Fact]
    public void Anchors_are_not_counted_as_links_and_other_links_keep_rel()
    {
        var rendered = renderer.RenderArticle("## Help\n\nSee [the forum](/forums) and [section](#h-help).");
        var body = Parse(rendered.Html, raw: true);

        Assert.Equal(2, rendered.LinkCount);
        Assert.Equal("nofollow ugc noopener", body.QuerySelector("a[href='/forums']")!.GetAttribute("rel"));
        Assert.Equal("Help", rendered.PlainText.Split('\n')[0].Trim());
    }

    [Fact]
    public void Pipe_tables_render_with_alignment()
    {
        var body = Parse("| Charger | kW |\n|---|---:|\n| Home | 11 |\n| Highway | 250 |");

        var table = Assert.Single(body.QuerySelectorAll("table"));
        Assert.Equal(3, table.QuerySelectorAll("tr").Length);
        Assert.Contains("text-align: right", table.QuerySelector("td:nth-child(2)")!.GetAttribute("style"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/media/article-images/image-abc123-0f3e.webp")]
    [InlineData("/media/articles/article-7-9c1d.webp")]
    public void Images_from_the_article_stores_are_kept(string src)
    {
        var image = Assert.Single(Parse($"![Charging]({src})").QuerySelectorAll("img"));

        Assert.Equal(src, image.GetAttribute("src"));
        Assert.Equal("Charging", image.GetAttribute("alt"));
    }

    [Theory]
    [InlineData("https://img.example/car.webp")]
    [InlineData("//evil.example/media/articles/a.webp")]
    [InlineData("javascript:alert(1)")]
    [InlineData("data:image/webp;base64,UklGRg==")]
    [InlineData("/media/avatars/avatar-1.webp")]
    [InlineData("/media/articles/../avatars/a.webp")]
    [InlineData("/media/articles/a.webp?x=1")]
    [InlineData("/media/articles/a.png")]
    public void Images_from_anywhere_else_are_dropped(string src)
    {
        var body = Parse($"Before ![x]({src}) after");

        Assert.Empty(body.QuerySelectorAll("img"));
        Assert.Contains("Before", body.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void An_image_alone_in_its_paragraph_leaves_no_empty_paragraph()
    {
        var body = Parse("One\n\n![x](https://img.example/a.webp)\n\nTwo");

        Assert.Equal(["One", "Two"], body.QuerySelectorAll("p").Select(p => p.TextContent));
    }

    [Fact]
    public void A_figure_wraps_the_image_and_its_caption()
    {
        var body = Parse("^^^\n![The Vela at a fast charger](/media/article-images/image-a1.webp)\n^^^ Charging at 250 kW in *Jiaxing*");

        var figure = Assert.Single(body.QuerySelectorAll("figure"));
        Assert.NotNull(figure.QuerySelector("img[src='/media/article-images/image-a1.webp']"));
        var caption = Assert.Single(figure.QuerySelectorAll("figcaption"));
        Assert.Equal("Charging at 250 kW in Jiaxing", caption.TextContent);
        Assert.NotNull(caption.QuerySelector("em"));
    }

    [Theory]
    [InlineData("NOTE", "callout-note", "Note")]
    [InlineData("TIP", "callout-note", "Note")]
    [InlineData("WARNING", "callout-warning", "Warning")]
    [InlineData("CAUTION", "callout-warning", "Warning")]
    public void Alert_blocks_become_callouts_with_a_title(string kind, string cssClass, string title)
    {
        var body = Parse($"> [!{kind}]\n> Unplug the cable before **washing** the car.\n\nAfter.");

        var callout = Assert.Single(body.QuerySelectorAll("div"));
        Assert.Equal(["callout", cssClass], callout.ClassList);
        Assert.Equal(title, callout.QuerySelector("p.callout-title")!.TextContent);
        Assert.Contains("Unplug the cable", callout.TextContent, StringComparison.Ordinal);
        Assert.NotNull(callout.QuerySelector("strong"));
        Assert.Empty(body.QuerySelectorAll("blockquote"));
    }

    [Fact]
    public void Callout_titles_follow_the_text_language()
    {
        var body = Parse("> [!WARNING]\n> 充电时请勿清洗车辆，以免发生危险。");

        Assert.Equal("警告", body.QuerySelector(".callout-title")!.TextContent);
    }

    [Fact]
    public void A_plain_quote_stays_a_quote()
    {
        var body = Parse("> Just a quote");

        Assert.Single(body.QuerySelectorAll("blockquote"));
        Assert.Empty(body.QuerySelectorAll("div"));
    }

    [Fact]
    public void Posts_do_not_get_callouts_figures_or_heading_ids()
    {
        var html = renderer.Render("## Title\n\n> [!NOTE]\n> hi\n\n^^^\ntext\n^^^ cap").Html;

        Assert.DoesNotContain("callout", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<figure", html, StringComparison.Ordinal);
        Assert.DoesNotContain("id=", html, StringComparison.Ordinal);
        Assert.Contains("<h4>Title</h4>", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("<script>alert(1)</script>")]
    [InlineData("<div class=\"callout callout-note\" onclick=\"alert(1)\">x</div>")]
    [InlineData("## Title{onclick=alert(1)}")]
    [InlineData("[x](javascript:alert(1))")]
    [InlineData("<img src=/media/articles/a.webp onerror=alert(1)>")]
    [InlineData("> [!NOTE]\n> <script>alert(1)</script>")]
    [InlineData("^^^\n<iframe src=\"https://evil.example\"></iframe>\n^^^ <svg onload=alert(1)>")]
    public void Dangerous_input_never_becomes_markup_in_an_article(string markdown)
    {
        var body = Parse(markdown);

        var elements = body.QuerySelectorAll("*");
        Assert.DoesNotContain(elements, e => e.LocalName is "script" or "iframe" or "svg" or "style" or "object");
        var attributes = elements.SelectMany(e => e.Attributes).ToList();
        Assert.DoesNotContain(attributes, a => a.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase));
        Assert.DoesNotContain(attributes, a => a.Name is "href" or "src" && !(a.Value.StartsWith("http", StringComparison.Ordinal) || a.Value.StartsWith('/') || a.Value.StartsWith('#')));
        Assert.DoesNotContain(elements, e => e.LocalName == "div" && e.ClassList.Length == 0);
    }

    private IElement Parse(string markdown, bool raw = false) =>
        new HtmlParser().ParseDocument(raw ? markdown : renderer.RenderArticle(markdown).Html).Body!;
}
