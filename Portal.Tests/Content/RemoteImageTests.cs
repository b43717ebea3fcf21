using AngleSharp.Html.Parser;
using Portal.Domain.Content;

namespace Portal.Tests.Content;

/// <summary>
/// Members' Markdown shows images from Portal's own uploads only: another host's image (a tracking pixel) becomes a plain
/// link, and sources that are not http(s) become words. Articles keep their own stores.
/// </summary>
public sealed class RemoteImageTests
{
    private readonly MarkdownRenderer renderer = new();

    [Theory]
    [InlineData("![car](https://img.example/car.jpg)", "car")]
    [InlineData("![](http://tracker.example/p.gif?u=42)", "http://tracker.example/p.gif?u=42")]
    [InlineData("![Aurelia](https://portal.example/media/avatars/a.webp)", "Aurelia")]
    public void A_remote_image_becomes_a_link_and_loads_nothing(string markdown, string words)
    {
        var rendered = renderer.Render(markdown);
        var body = Parse(rendered.Html);

        Assert.Empty(body.QuerySelectorAll("img"));
        var link = Assert.Single(body.QuerySelectorAll("a"));
        Assert.Equal(words, link.TextContent);
        Assert.Equal("nofollow ugc noopener", link.GetAttribute("rel"));
        Assert.StartsWith("http", link.GetAttribute("href"), StringComparison.Ordinal);
        Assert.Equal(1, rendered.LinkCount);
    }

    [Theory]
    [InlineData("![pixel](//tracker.example/p.gif)")]
    [InlineData("![pixel](data:image/gif;base64,R0lGODlhAQABAAAAACw=)")]
    [InlineData("![pixel](javascript:alert(1))")]
    [InlineData("![pixel](/\\tracker.example/p.gif)")]
    [InlineData("![pixel](file:///etc/passwd)")]
    [InlineData("![pixel](/media/avatars/../../secrets)")]
    [InlineData("![pixel][ref]\n\n[ref]: //tracker.example/p.gif")]
    public void Other_sources_are_refused_and_leave_their_words(string markdown)
    {
        var body = Parse(renderer.Render(markdown).Html);

        Assert.Empty(body.QuerySelectorAll("img"));
        Assert.Empty(body.QuerySelectorAll("a"));
        Assert.Equal("pixel", body.TextContent.Trim());
    }

    [Fact]
    public void An_image_without_words_from_elsewhere_is_removed()
    {
        var body = Parse(renderer.Render("Before\n\n![](data:image/gif;base64,R0lGODlhAQABAAAAACw=)\n\nAfter").Html);

        Assert.Empty(body.QuerySelectorAll("img"));
        Assert.Equal(["Before", "After"], body.QuerySelectorAll("p").Select(p => p.TextContent));
    }

    [Theory]
    [InlineData("/media/avatars/3f2a9c.webp")]
    [InlineData("/media/event-covers/cover-12.webp")]
    public void Portals_own_uploads_are_kept(string src)
    {
        var rendered = renderer.Render($"![Our meet-up]({src})");

        var image = Assert.Single(Parse(rendered.Html).QuerySelectorAll("img"));
        Assert.Equal((src, "Our meet-up"), (image.GetAttribute("src"), image.GetAttribute("alt")));
        Assert.Equal(0, rendered.LinkCount);
    }

    [Fact]
    public void An_articles_images_from_its_own_store_still_show()
    {
        var html = renderer.RenderArticle("![The Vela](/media/article-images/image-a1.webp) ![elsewhere](https://img.example/a.jpg)").Html;

        Assert.Equal(["/media/article-images/image-a1.webp"], Parse(html).QuerySelectorAll("img").Select(i => i.GetAttribute("src")));
    }

    private static AngleSharp.Dom.IElement Parse(string html) => new HtmlParser().ParseDocument(html).Body!;
}
