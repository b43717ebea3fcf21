using System.Net;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Integration;

public sealed class RateLimitTests : IAsyncDisposable
{
    private readonly PortalAppFactory factory = PortalAppFactory.With(new Dictionary<string, string?> { ["Portal:AccountPostsPerMinute"] = "3" });

    public ValueTask DisposeAsync() => factory.DisposeAsync();

    [Fact]
    public async Task Too_many_sign_in_posts_get_429_with_a_reason()
    {
        var client = factory.CreateFormClient();
        for (var i = 0; i < 3; i++)
        {
            var allowed = await client.SignInAsync("nobody@example.test", "wrong password here");
            Assert.Equal(HttpStatusCode.OK, allowed.StatusCode);
        }

        var refused = await client.SignInAsync("nobody@example.test", "wrong password here");

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.True(refused.Headers.RetryAfter is not null);
        Assert.Contains("Too many account requests", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
