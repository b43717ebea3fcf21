using AngleSharp.Html.Parser;
using Portal.Domain.Content;

namespace Portal.Tests.Content;

public sealed class MarkdownRendererTests
{
    private readonly MarkdownRenderer renderer = new();

    [Theory]
    [InlineData("<script>alert(1)</script>")]
    [InlineData("<img src=x onerror=alert(1)>")]
    [InlineData("[click](javascript:alert(1))")]
    [InlineData("![x](javascript:alert(1))")]
    [InlineData("[x](data:text/html;base64,PHNjcmlwdD4=)")]
    [InlineData("[x](vbscript:msgbox)")]
    [InlineData("hello{onclick=alert(1)}")]
    [InlineData("<iframe src=\"https://evil.example\"></iframe>")]
    [InlineData("<a href=\"https://x.example\" style=\"position:fixed\">x</a>")]
    [InlineData("<svg><script>alert(1)</script></svg>")]
    public void Dangerous_input_never_becomes_markup(string markdown)
    {
        var document = new HtmlParser().ParseDocument(renderer.Render(markdown).Html);

        var elements = document.Body!.QuerySelectorAll("*");
        Assert.DoesNotContain(elements, e => e.LocalName is "script" or "iframe" or "svg" or "style" or "object");
        var attributes = elements.SelectMany(e => e.Attributes).ToList();
        Assert.DoesNotContain(attributes, a => a.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase));
        Assert.DoesNotContain(attributes, a => a.Name is "href" or "src" && !(a.Value.StartsWith("http", StringComparison.Ordinal) || a.Value.StartsWith('/')));
        Assert.DoesNotContain(attributes, a => a.Name == "style" && !a.Value.StartsWith("text-align", StringComparison.Ordinal));
    }

    [Fact]
    public void Raw_html_is_shown_as_text_not_markup()
    {
        var html = renderer.Render("a <b>bold</b> claim").Html;

        Assert.Contains("&lt;b&gt;bold&lt;/b&gt;", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Links_get_nofollow_ugc_noopener()
    {
        var html = renderer.Render("see [the manual](https://aurelia.example/manual) and https://aurelia.example/faq").Html;

        Assert.Equal(2, CountOf(html, "rel=\"nofollow ugc noopener\""));
        Assert.Contains("href=\"https://aurelia.example/manual\"", html, StringComparison.Ordinal);
        Assert.Contains("href=\"https://aurelia.example/faq\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Forum_extensions_render_tables_task_lists_strikethrough_and_fenced_code()
    {
        var markdown = """
            | km | kWh |
            |---:|----:|
            | 100 | 16 |

            - [x] tyres
            - [ ] wipers

            ~~old~~ new

            ```csharp
            var x = 1 < 2;
            ```
            """;

        var html = renderer.Render(markdown).Html;

        Assert.Contains("<table>", html, StringComparison.Ordinal);
        Assert.Contains("text-align: right", html, StringComparison.Ordinal);
        Assert.Contains("type=\"checkbox\"", html, StringComparison.Ordinal);
        Assert.Contains("<del>old</del>", html, StringComparison.Ordinal);
        Assert.Contains("<pre><code>var x = 1 &lt; 2;", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Headings_move_down_two_levels_so_posts_never_add_an_h1()
    {
        var html = renderer.Render("# Title\n\n## Sub\n\n###### Deep").Html;

        Assert.DoesNotContain("<h1", html, StringComparison.Ordinal);
        Assert.Contains("<h3", html, StringComparison.Ordinal);
        Assert.Contains("<h4", html, StringComparison.Ordinal);
        Assert.Contains("<h6", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Mentions_are_collected_and_not_counted_as_links()
    {
        var markdown = $"thanks {MarkdownRenderer.MentionMarkdown("m-1", "王磊")} and {MarkdownRenderer.MentionMarkdown("m-2", "Anna [Lee]")}, see https://x.example";

        var rendered = renderer.Render(markdown);

        Assert.Equal(["m-1", "m-2"], rendered.MentionedMemberIds);
        Assert.Equal(1, rendered.LinkCount);
        Assert.Contains("href=\"/members/m-1\"", rendered.Html, StringComparison.Ordinal);
        Assert.Contains("@王磊", rendered.Html, StringComparison.Ordinal);
    }

    [Fact]
    public void A_link_to_a_profile_without_an_at_sign_is_a_link_not_a_mention()
    {
        var rendered = renderer.Render("[profile](/members/m-1)");

        Assert.Empty(rendered.MentionedMemberIds);
        Assert.Equal(1, rendered.LinkCount);
    }

    [Fact]
    public void Plain_text_drops_the_markup_and_keeps_chinese()
    {
        var rendered = renderer.Render("**冬季续航** is _fine_");

        Assert.Equal("冬季续航 is fine", rendered.PlainText);
    }

    [Fact]
    public void Line_breaks_are_kept_like_in_a_chat()
    {
        var html = renderer.Render("line one\nline two").Html;

        Assert.Contains("<br>", html, StringComparison.Ordinal);
    }

    private static int CountOf(string text, string part) => (text.Length - text.Replace(part, "", StringComparison.Ordinal).Length) / part.Length;
}
