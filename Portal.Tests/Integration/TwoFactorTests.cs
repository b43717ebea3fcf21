using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Portal.Domain.Accounts;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Integration;

/// <summary>Two-factor sign-in with an authenticator app, end to end: the test computes the TOTP codes an app would show.</summary>
public sealed partial class TwoFactorTests : IClassFixture<PortalAppFactory>
{
    private const string Password = "a long and memorable sentence";

    private readonly PortalAppFactory factory;

    public TwoFactorTests(PortalAppFactory factory) => this.factory = factory;

    [Fact]
    public async Task Member_enables_an_authenticator_then_signs_in_with_password_and_code()
    {
        var client = factory.CreateFormClient();
        var email = $"totp.{Guid.NewGuid():N}@example.test";
        await client.RegisterAsync(email, Password);
        var key = await ReadSharedKeyAsync(client);

        using var enabled = await SendEnableCodeAsync(client, Totp.Code(key, DateTimeOffset.UtcNow));

        Assert.Equal(HttpStatusCode.OK, enabled.StatusCode);
        Assert.Contains("data-testid=\"recovery-codes\"", await enabled.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.True(await IsTwoFactorEnabledAsync(email));

        await client.SignOutAsync();
        using (var signedOut = await client.Http.GetAsync("/account/profile"))
        {
            Assert.Equal(HttpStatusCode.Found, signedOut.StatusCode);
        }

        using var password = await client.SignInAsync(email, Password);
        Assert.Equal(HttpStatusCode.Found, password.StatusCode);
        Assert.Equal("/Account/LoginWith2fa", password.Headers.Location!.AbsolutePath);
        var secondStep = password.Headers.Location.OriginalString;

        using var wrong = await SendSignInCodeAsync(client, secondStep, Totp.WrongCode(key, DateTimeOffset.UtcNow));
        Assert.Equal(HttpStatusCode.OK, wrong.StatusCode);
        Assert.Contains("Error: the code is not right.", await wrong.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        using (var stillOut = await client.Http.GetAsync("/account/profile"))
        {
            Assert.Equal(HttpStatusCode.Found, stillOut.StatusCode);
        }

        using var right = await SendSignInCodeAsync(client, secondStep, Totp.Code(key, DateTimeOffset.UtcNow));
        Assert.Equal(HttpStatusCode.Found, right.StatusCode);
        using var profile = await client.Http.GetAsync("/account/profile");
        Assert.Equal(HttpStatusCode.OK, profile.StatusCode);
    }

    [Fact]
    public async Task Wrong_code_does_not_enable_two_factor()
    {
        var client = factory.CreateFormClient();
        var email = $"totp.{Guid.NewGuid():N}@example.test";
        await client.RegisterAsync(email, Password);
        var key = await ReadSharedKeyAsync(client);

        using var response = await SendEnableCodeAsync(client, Totp.WrongCode(key, DateTimeOffset.UtcNow));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Error: the verification code is not right.", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.False(await IsTwoFactorEnabledAsync(email));
    }

    internal static async Task<string> ReadSharedKeyAsync(FormClient client)
    {
        var html = await client.Http.GetStringAsync("/Account/Manage/EnableAuthenticator");
        var key = SharedKey().Match(html);
        Assert.True(key.Success, "The enable-authenticator page shows no shared key.");
        return WebUtility.HtmlDecode(key.Groups[1].Value);
    }

    internal static Task<HttpResponseMessage> SendEnableCodeAsync(FormClient client, string code) =>
        client.PostFormAsync("/Account/Manage/EnableAuthenticator", "send-code", new Dictionary<string, string> { ["Input.Code"] = code });

    private static Task<HttpResponseMessage> SendSignInCodeAsync(FormClient client, string path, string code) =>
        client.PostFormAsync(path, "login-with-2fa", new Dictionary<string, string> { ["Input.TwoFactorCode"] = code });

    private async Task<bool> IsTwoFactorEnabledAsync(string email)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>();
        return await users.GetTwoFactorEnabledAsync((await users.FindByEmailAsync(email))!);
    }

    [GeneratedRegex("data-testid=\"shared-key\"[^>]*>([^<]+)</code>")]
    private static partial Regex SharedKey();
}
