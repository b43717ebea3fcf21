using System.Globalization;
using System.Net;
using System.Text;
using Portal.Domain.Seeding;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Hosting;

/// <summary>
/// Each request-rate limit on the real server (Kestrel, behind a configured proxy so each test picks its client
/// addresses with X-Forwarded-For): the request after the budget gets 429 with Retry-After and the reason, and another
/// address or member still gets through. Every budget is 2 per hour here, so no window ends during a test.
/// </summary>
public sealed class RequestRateLimitTests
{
    private const int Budget = 2;

    [Fact]
    public async Task Registrations_are_limited_per_address()
    {
        await using var app = Start();
        var http = app.Anonymous;

        await AssertLimitedAsync(() => PostFormAsync(http, "/Account/Register", "203.0.113.10", new() { ["Input.Email"] = "new@example.test" }), "Too many new accounts");

        Assert.NotEqual(HttpStatusCode.TooManyRequests, (await PostFormAsync(http, "/Account/Register", "203.0.113.11", [])).StatusCode);
    }

    [Fact]
    public async Task Password_resets_are_limited_per_address()
    {
        await using var app = Start();
        var http = app.Anonymous;
        var email = 0;

        await AssertLimitedAsync(() => PostFormAsync(http, "/Account/ForgotPassword", "203.0.113.20", new() { ["Input.Email"] = $"member{email++}@example.test" }), "Too many password reset");

        Assert.NotEqual(HttpStatusCode.TooManyRequests, (await PostFormAsync(http, "/Account/ResendEmailConfirmation", "203.0.113.21", new() { ["Input.Email"] = "other@example.test" })).StatusCode);
    }

    [Fact]
    public async Task Password_resets_and_confirmation_emails_are_limited_per_target_email_whatever_the_address()
    {
        await using var app = Start();
        var http = app.Anonymous;
        var address = 30;

        await AssertLimitedAsync(() => PostFormAsync(http, address % 2 == 0 ? "/Account/ForgotPassword" : "/Account/ResendEmailConfirmation", $"203.0.113.{address++}", new() { ["Input.Email"] = "Target@Example.test " }), "Too many password reset");

        Assert.NotEqual(HttpStatusCode.TooManyRequests, (await PostFormAsync(http, "/Account/ForgotPassword", "203.0.113.39", new() { ["Input.Email"] = "someone.else@example.test" })).StatusCode);
    }

    [Fact]
    public async Task Searches_are_limited_per_address_for_visitors_and_a_page_without_a_query_is_not_counted()
    {
        await using var app = Start();
        var http = app.Anonymous;

        await AssertLimitedAsync(() => GetAsync(http, "/search?q=brakes", "203.0.113.40"), "searching too quickly");

        Assert.Equal(HttpStatusCode.OK, (await GetAsync(http, "/forums/search?q=brakes", "203.0.113.41")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await GetAsync(http, "/search", "203.0.113.40")).StatusCode);
    }

    [Fact]
    public async Task Searches_are_limited_per_member_so_members_behind_one_address_keep_their_own_budget()
    {
        await using var app = Start();
        var owner = await app.SignedInAsync(DemoAccounts.OwnerEmail);
        var editor = await app.SignedInAsync(DemoAccounts.EditorEmail);

        await AssertLimitedAsync(() => GetAsync(owner, "/forums/search?q=battery", "203.0.113.50"), "searching too quickly");

        Assert.Equal(HttpStatusCode.OK, (await GetAsync(editor, "/search?q=battery", "203.0.113.50")).StatusCode);
    }

    [Fact]
    public async Task Feeds_and_calendars_are_limited_per_address()
    {
        await using var app = Start();
        var http = app.Anonymous;

        await AssertLimitedAsync(() => GetAsync(http, "/feed.xml", "203.0.113.60"), "feeds and downloads");

        Assert.Equal(HttpStatusCode.OK, (await GetAsync(http, "/feed.xml", "203.0.113.61")).StatusCode);
    }

    [Fact]
    public async Task Hub_connections_are_limited_per_address()
    {
        await using var app = Start();
        var http = app.Anonymous;

        await AssertLimitedAsync(() => NegotiateAsync(http, "203.0.113.70"), "Too many live connections");

        Assert.Equal(HttpStatusCode.OK, (await NegotiateAsync(http, "203.0.113.71")).StatusCode);
    }

    [Fact]
    public async Task Hub_connections_are_limited_per_member()
    {
        await using var app = Start(("HubConnectionsPerAddress", 100));
        var owner = await app.SignedInAsync(DemoAccounts.OwnerEmail);
        var editor = await app.SignedInAsync(DemoAccounts.EditorEmail);
        var address = 80;

        await AssertLimitedAsync(() => NegotiateAsync(owner, $"203.0.113.{address++}"), "Too many live connections");

        Assert.Equal(HttpStatusCode.OK, (await NegotiateAsync(editor, "203.0.113.80")).StatusCode);
    }

    [Fact]
    public async Task Csp_reports_are_limited_per_address()
    {
        await using var app = Start();
        var http = app.Anonymous;

        await AssertLimitedAsync(() => PostReportAsync(http, "203.0.113.90"), "Too many reports");

        Assert.Equal(HttpStatusCode.NoContent, (await PostReportAsync(http, "203.0.113.91")).StatusCode);
    }

    /// <summary>The first <see cref="Budget"/> requests pass; the next is 429 with Retry-After and the reason.</summary>
    private static async Task AssertLimitedAsync(Func<Task<HttpResponseMessage>> send, string reason)
    {
        for (var i = 0; i < Budget; i++)
        {
            using var allowed = await send();
            Assert.NotEqual(HttpStatusCode.TooManyRequests, allowed.StatusCode);
        }

        using var refused = await send();
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.True(refused.Headers.RetryAfter?.Delta is { TotalSeconds: > 0 }, "Retry-After says how long to wait.");
        Assert.Contains(reason, await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    /// <summary>An app whose every budget is <see cref="Budget"/> per hour (or as given), which believes X-Forwarded-For from the loopback.</summary>
    private static LimitedApp Start(params (string Rule, int Permits)[] except)
    {
        var settings = new Dictionary<string, string?> { ["Portal:ForwardedHeaders:KnownProxies:0"] = "127.0.0.1" };
        foreach (var rule in PortalAppFactory.RateLimitRules)
        {
            var permits = except.FirstOrDefault(e => e.Rule == rule).Permits;
            settings[$"Portal:RateLimits:{rule}:Permits"] = (permits > 0 ? permits : Budget).ToString(CultureInfo.InvariantCulture);
            settings[$"Portal:RateLimits:{rule}:Window"] = "01:00:00";
        }

        return new LimitedApp(PortalAppFactory.With(settings));
    }

    private static async Task<HttpResponseMessage> GetAsync(HttpClient http, string path, string client)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Add("X-Forwarded-For", client);
        return await http.SendAsync(request);
    }

    /// <summary>A form post (refused for its missing antiforgery token, but counted first) as if from <paramref name="client"/>.</summary>
    private static async Task<HttpResponseMessage> PostFormAsync(HttpClient http, string path, string client, Dictionary<string, string> fields)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = new FormUrlEncodedContent(fields) };
        request.Headers.Add("X-Forwarded-For", client);
        return await http.SendAsync(request);
    }

    private static async Task<HttpResponseMessage> NegotiateAsync(HttpClient http, string client)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/hubs/activity/negotiate?negotiateVersion=1");
        request.Headers.Add("X-Forwarded-For", client);
        return await http.SendAsync(request);
    }

    private static async Task<HttpResponseMessage> PostReportAsync(HttpClient http, string client)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/csp-reports")
        {
            Content = new StringContent("""{"csp-report":{"violated-directive":"img-src","blocked-uri":"https://tracker.example/p.gif"}}""", Encoding.UTF8, "application/csp-report"),
        };
        request.Headers.Add("X-Forwarded-For", client);
        return await http.SendAsync(request);
    }

    /// <summary>The app on Kestrel with a client that keeps no cookies; signed-in clients on request.</summary>
    private sealed class LimitedApp : IAsyncDisposable
    {
        private readonly PortalAppFactory factory;
        private readonly Uri baseAddress;
        private readonly List<HttpClient> clients = [];

        public LimitedApp(PortalAppFactory factory)
        {
            this.factory = factory;
            baseAddress = factory.StartKestrel();
            Anonymous = new HttpClient { BaseAddress = baseAddress };
            clients.Add(Anonymous);
        }

        public HttpClient Anonymous { get; }

        /// <summary>A client signed in as <paramref name="email"/> (the sign-in itself comes from the loopback, not a forwarded address).</summary>
        public async Task<HttpClient> SignedInAsync(string email)
        {
            var http = new HttpClient(new HttpClientHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = false }) { BaseAddress = baseAddress };
            clients.Add(http);
            using var signedIn = await new FormClient(http).SignInAsync(email, DemoAccounts.Password);
            Assert.Equal(HttpStatusCode.Found, signedIn.StatusCode);
            return http;
        }

        public async ValueTask DisposeAsync()
        {
            clients.ForEach(c => c.Dispose());
            await factory.DisposeAsync();
        }
    }
}
