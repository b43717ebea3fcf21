using System.Net;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Integration;

/// <summary>
/// The account rate limit counts per client address. Behind a configured proxy that is the X-Forwarded-For client;
/// without one, X-Forwarded-For is ignored, so a client cannot pick a fresh address for each request. On Kestrel,
/// so every request has a real remote address (127.0.0.1).
/// </summary>
public sealed class ForwardedHeadersTests
{
    [Fact]
    public async Task Behind_a_configured_proxy_each_forwarded_client_has_its_own_limit()
    {
        await using var app = PortalAppFactory.With(new Dictionary<string, string?>
        {
            ["Portal:AccountPostsPerMinute"] = "3",
            ["Portal:ForwardedHeaders:KnownProxies:0"] = "127.0.0.1",
        });
        using var http = new HttpClient { BaseAddress = app.StartKestrel() };

        for (var i = 0; i < 3; i++)
        {
            Assert.NotEqual(HttpStatusCode.TooManyRequests, await PostAsync(http, "203.0.113.1"));
        }

        Assert.Equal(HttpStatusCode.TooManyRequests, await PostAsync(http, "203.0.113.1"));
        Assert.NotEqual(HttpStatusCode.TooManyRequests, await PostAsync(http, "203.0.113.2"));
    }

    [Fact]
    public async Task Without_a_configured_proxy_x_forwarded_for_is_ignored()
    {
        await using var app = PortalAppFactory.With(new Dictionary<string, string?> { ["Portal:AccountPostsPerMinute"] = "3" });
        using var http = new HttpClient { BaseAddress = app.StartKestrel() };

        for (var i = 0; i < 3; i++)
        {
            Assert.NotEqual(HttpStatusCode.TooManyRequests, await PostAsync(http, $"203.0.113.{i + 1}"));
        }

        Assert.Equal(HttpStatusCode.TooManyRequests, await PostAsync(http, "203.0.113.99"));
    }

    /// <summary>A sign-in post (refused for its missing antiforgery token, but counted first) as if from <paramref name="client"/>.</summary>
    private static async Task<HttpStatusCode> PostAsync(HttpClient http, string client)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/Account/Login") { Content = new FormUrlEncodedContent(new Dictionary<string, string>()) };
        request.Headers.Add("X-Forwarded-For", client);
        using var response = await http.SendAsync(request);
        return response.StatusCode;
    }
}
