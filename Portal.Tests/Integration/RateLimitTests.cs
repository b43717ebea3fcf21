using System.Globalization;
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

    [Fact]
    public async Task The_429_reason_is_in_chinese_for_a_chinese_browser()
    {
        var client = factory.CreateFormClient();
        client.Http.DefaultRequestHeaders.AcceptLanguage.ParseAdd("zh-CN");
        for (var i = 0; i < 3; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await client.SignInAsync("nobody@example.test", "wrong password here")).StatusCode);
        }

        var refused = await client.SignInAsync("nobody@example.test", "wrong password here");

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.True(refused.Headers.RetryAfter?.Delta is { TotalSeconds: > 0 });
        var body = await refused.Content.ReadAsStringAsync();
        Assert.Contains("账户请求过多", body, StringComparison.Ordinal);
        var seconds = ((int)refused.Headers.RetryAfter!.Delta!.Value.TotalSeconds).ToString(CultureInfo.InvariantCulture);
        Assert.Contains($"请等待 {seconds} 秒", body, StringComparison.Ordinal);
    }
}
