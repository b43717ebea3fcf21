using System.Net;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Integration;

/// <summary>Outside Development only the allowed hosts are served: <c>AllowedHosts</c> plus the public base URL's host.</summary>
public sealed class HostFilteringTests : IAsyncDisposable
{
    private readonly PortalAppFactory factory = PortalAppFactory.With(new Dictionary<string, string?>
    {
        [PortalAppFactory.PublicBaseUrlKey] = "https://owners.example",
    });

    public ValueTask DisposeAsync() => factory.DisposeAsync();

    [Fact]
    public async Task A_forged_host_is_refused_before_any_page_or_form_runs()
    {
        var client = factory.CreateFormClient();

        using var page = await client.Http.GetAsync("http://evil.example/Account/ForgotPassword");
        using var post = await client.Http.PostAsync("http://evil.example/Account/ForgotPassword", new FormUrlEncodedContent(new Dictionary<string, string> { ["Input.Email"] = "x@example.test" }));

        Assert.Equal(HttpStatusCode.BadRequest, page.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, post.StatusCode);
        Assert.False(Directory.Exists(Path.Combine(factory.DataDirectory, "mail")) && Directory.GetFiles(Path.Combine(factory.DataDirectory, "mail")).Length > 0);
    }

    [Theory]
    [InlineData("http://localhost/Account/ForgotPassword")]
    [InlineData("http://127.0.0.1/Account/ForgotPassword")]
    [InlineData("http://owners.example/Account/ForgotPassword")]
    public async Task Localhost_loopback_and_the_public_host_are_served(string url)
    {
        using var response = await factory.CreateClient().GetAsync(url);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}
