using Bunit;
using Portal.Shell;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Shell;

/// <summary>The friendly status page: the right words for each code, and the request id only when given.</summary>
public sealed class StatusViewComponentTests : PortalComponentTest
{
    [Fact]
    public void NotFound_shows_the_not_found_title_and_no_request_id()
    {
        var cut = Render<StatusView>(p => p.Add(s => s.Code, 404));

        Assert.Equal("Page not found", cut.Find("h1").TextContent.Trim());
        Assert.Contains("does not exist or has moved", cut.Markup, StringComparison.Ordinal);
        Assert.Empty(cut.FindAll("[data-testid=request-id]"));
        Assert.Equal("/", cut.Find("a").GetAttribute("href"));
    }

    [Fact]
    public void Server_error_shows_the_request_id()
    {
        var cut = Render<StatusView>(p => p.Add(s => s.Code, 500).Add(s => s.RequestId, "0HN7:00000042"));

        Assert.Equal("Something went wrong", cut.Find("h1").TextContent.Trim());
        Assert.Equal("0HN7:00000042", cut.Find("[data-testid=request-id]").TextContent);
    }

    [Theory]
    [InlineData(403, "Access denied")]
    [InlineData(429, "Too many requests")]
    [InlineData(503, "Can't save right now")]
    [InlineData(502, "Something went wrong")]
    [InlineData(400, "Request could not be handled")]
    [InlineData(418, "Request could not be handled")]
    public void Each_code_gets_its_own_title(int code, string title)
    {
        var cut = Render<StatusView>(p => p.Add(s => s.Code, code));

        Assert.Equal(title, cut.Find("h1").TextContent.Trim());
        Assert.Contains(code.ToString(System.Globalization.CultureInfo.InvariantCulture), cut.Find("p").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void In_chinese_not_found_reads_in_chinese()
    {
        using var chinese = new CultureScope("zh-CN");

        var cut = Render<StatusView>(p => p.Add(s => s.Code, 404));

        Assert.Equal("页面不存在", cut.Find("h1").TextContent.Trim());
        Assert.Contains("返回首页", cut.Markup, StringComparison.Ordinal);
        Assert.DoesNotContain("Page not found", cut.Markup, StringComparison.Ordinal);
    }

    [Fact]
    public void In_chinese_the_request_id_label_is_translated()
    {
        using var chinese = new CultureScope("zh-CN");

        var cut = Render<StatusView>(p => p.Add(s => s.Code, 500).Add(s => s.RequestId, "abc"));

        Assert.Equal("出错了", cut.Find("h1").TextContent.Trim());
        Assert.Contains("请求编号：", cut.Find("[data-testid=request-id]").ParentElement!.TextContent, StringComparison.Ordinal);
    }
}
