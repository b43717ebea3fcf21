using System.Net;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using Portal.Domain.Forums;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Hosting;

/// <summary>The holes issue 16 found by hand-editing addresses: each now answers something sensible, never a 500 or an open redirect.</summary>
public sealed partial class BadInputTests(PortalAppFactory app) : IClassFixture<PortalAppFactory>
{
    [Theory]
    [InlineData("%2F%09%2Fevil.example", "/")]
    [InlineData("%2F%0D%0ASet-Cookie:%20x=1", "/")]
    [InlineData("%2F%2Fevil.example", "/")]
    [InlineData("%2F%5Cevil.example", "/")]
    [InlineData("http%3A%2F%2Fevil.example", "/")]
    [InlineData("evil.example", "/")]
    [InlineData("%2Fforums%3Ftag%3D%E4%BF%9D%E5%85%BB", "/forums?tag=%E4%BF%9D%E5%85%BB")]
    [InlineData("%2Fevents%3Fpage%3D2", "/events?page=2")]
    public async Task The_theme_switch_goes_back_only_to_a_local_address(string returnUrl, string expected)
    {
        var client = app.CreateFormClient().Http;

        using var response = await client.GetAsync(new Uri($"/preferences/theme?mode=dark&returnUrl={returnUrl}", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(expected, response.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task Signing_out_without_the_antiforgery_token_is_a_bad_request_not_a_crash()
    {
        var client = app.CreateFormClient().Http;
        using var form = new FormUrlEncodedContent(new Dictionary<string, string> { ["returnUrl"] = "/" });

        using var response = await client.PostAsync(new Uri("/Account/Logout", UriKind.Relative), form);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Theory]
    [InlineData("/Account/Logout")]
    [InlineData("/Account/Login")]
    [InlineData("/Account/Register")]
    [InlineData("/Account/Manage/DownloadPersonalData")]
    [InlineData("/forums")]
    [InlineData("/unsubscribe/abc/one-click")]
    public async Task Posts_without_a_token_or_a_form_are_refused_without_a_crash(string path)
    {
        var client = app.CreateFormClient().Http;
        using var form = new FormUrlEncodedContent(new Dictionary<string, string> { ["x"] = "1" });
        using var json = new StringContent("{}", System.Text.Encoding.UTF8, "application/json");

        using var withForm = await client.PostAsync(new Uri(path, UriKind.Relative), form);
        using var withJson = await client.PostAsync(new Uri(path, UriKind.Relative), json);

        Assert.InRange((int)withForm.StatusCode, 300, 499);
        Assert.InRange((int)withJson.StatusCode, 300, 499);
    }

    [Theory]
    [InlineData("/status/999", HttpStatusCode.NotFound)]
    [InlineData("/status/200", HttpStatusCode.NotFound)]
    [InlineData("/status/-1", HttpStatusCode.NotFound)]
    [InlineData("/status/404", HttpStatusCode.NotFound)]
    [InlineData("/status/429", HttpStatusCode.TooManyRequests)]
    public async Task Only_the_status_codes_the_app_uses_have_a_status_page(string path, HttpStatusCode expected)
    {
        using var response = await app.CreateClient().GetAsync(new Uri(path, UriKind.Relative));

        Assert.Equal(expected, response.StatusCode);
    }

    [Fact]
    public async Task A_forum_search_page_past_the_end_shows_the_last_page()
    {
        await using var scope = app.Services.CreateAsyncScope();
        var search = scope.ServiceProvider.GetRequiredService<ForumSearch>();
        string? word = null;
        foreach (var candidate in new[] { "charging", "battery", "car", "the" })
        {
            if (word is null && (await search.SearchAsync(candidate, null, null, 1, null)).HasMore)
            {
                word = candidate;
            }
        }

        Assert.True(word is not null, "The demo forums should have more than one page of posts for a common word.");

        var far = await search.SearchAsync(word, null, null, 999_999_999, null);

        Assert.NotEmpty(far.Hits);
        Assert.False(far.HasMore);
        Assert.True(far.Page > 1);
        var html = await app.CreateClient().GetStringAsync(new Uri($"/forums/search?q={word}&page=999999999", UriKind.Relative));
        var summary = Summary().Match(html);
        Assert.True(summary.Success, "No results summary on the page.");
        var (first, last) = (long.Parse(summary.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture), long.Parse(summary.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(((far.Page - 1) * ForumSearch.PageSize) + 1, first);
        Assert.InRange(last, first, first + ForumSearch.PageSize - 1);
    }

    [Theory]
    [InlineData("/events?page=2147483648&car=abc&month=2026-13")]
    [InlineData("/forums/search?q=winter&page=1.5")]
    [InlineData("/articles?page=-1&car=%F0%9F%9A%97")]
    [InlineData("/search?q=winter&type=7&page=99999999999")]
    public async Task Hand_edited_list_addresses_read_as_a_page_not_a_crash(string path)
    {
        using var response = await app.CreateClient().GetAsync(new Uri(path, UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [GeneratedRegex(@"Results (-?\d+)–(-?\d+) for")]
    private static partial Regex Summary();
}
