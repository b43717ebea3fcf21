using System.Globalization;
using Bunit;
using Portal.Shell;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Shell;

public sealed class StatusViewTests : PortalComponentTest
{
    [Fact]
    public void Not_found_is_friendly_and_has_no_request_id()
    {
        var cut = Render<StatusView>(p => p.Add(c => c.Code, 404));

        Assert.Contains("Page not found", cut.Markup, StringComparison.Ordinal);
        Assert.Empty(cut.FindAll("[data-testid=request-id]"));
    }

    [Fact]
    public void Server_error_shows_the_request_id()
    {
        var cut = Render<StatusView>(p => p.Add(c => c.Code, 500).Add(c => c.RequestId, "00-abc-01"));

        Assert.Equal("00-abc-01", cut.Find("[data-testid=request-id]").TextContent);
    }

    [Fact]
    public void Renders_in_chinese_under_the_zh_CN_culture()
    {
        var previous = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = new CultureInfo("zh-CN");
        try
        {
            var cut = Render<StatusView>(p => p.Add(c => c.Code, 404));

            Assert.Contains("页面不存在", cut.Markup, StringComparison.Ordinal);
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
        }
    }
}
