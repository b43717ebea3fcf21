using System.Net;
using System.Text.Json;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Integration;

public sealed class SiteTests : IClassFixture<PortalAppFactory>
{
    private readonly PortalAppFactory factory;

    public SiteTests(PortalAppFactory factory) => this.factory = factory;

    [Fact]
    public async Task Healthz_reports_the_database_healthy()
    {
        using var response = await factory.CreateClient().GetAsync("/healthz");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("Healthy", json.RootElement.GetProperty("status").GetString());
        Assert.Equal("Healthy", json.RootElement.GetProperty("checks").GetProperty("database").GetProperty("status").GetString());
    }

    [Fact]
    public async Task Unknown_page_is_a_friendly_404()
    {
        using var response = await factory.CreateClient().GetAsync("/no/such/page");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("Page not found", html, StringComparison.Ordinal);
        Assert.Contains("Back to home", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Unknown_member_is_a_404()
    {
        using var response = await factory.CreateClient().GetAsync("/members/00000000-no-such-member");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Error_page_shows_a_request_id_and_no_stack_trace()
    {
        using var response = await factory.CreateClient().GetAsync("/error");

        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("Something went wrong", html, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"request-id\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Accept_language_chinese_renders_the_home_page_in_chinese()
    {
        var client = factory.CreateClient();
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("zh-CN,zh;q=0.9");

        var html = await client.GetStringAsync("/");

        Assert.Contains("欢迎来到 Aurelia 车主社区", html, StringComparison.Ordinal);
        Assert.Contains("<html lang=\"zh-CN\">", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Language_switch_sets_the_culture_cookie_and_returns_to_the_page()
    {
        var client = factory.CreateFormClient();

        using var response = await client.Http.GetAsync("/preferences/culture?culture=zh-CN&returnUrl=%2Fevents");

        Assert.Equal(HttpStatusCode.Found, response.StatusCode);
        Assert.Equal("/events", response.Headers.Location!.OriginalString);
        Assert.Contains("活动", await client.Http.GetStringAsync("/events"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Preference_links_refuse_off_site_return_urls()
    {
        using var response = await factory.CreateFormClient().Http.GetAsync("/preferences/theme?mode=dark&returnUrl=%2F%2Fevil.example");

        Assert.Equal("/", response.Headers.Location!.OriginalString);
        Assert.Contains(response.Headers.GetValues("Set-Cookie"), c => c.StartsWith("portal.theme=dark", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Static_assets_are_served_from_the_web_root()
    {
        using var response = await factory.CreateClient().GetAsync("/css/portal.css");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(".portal-brand", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
