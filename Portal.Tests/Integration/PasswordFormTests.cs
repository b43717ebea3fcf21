using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Portal.Domain.Accounts;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Integration;

/// <summary>The change- and reset-password forms: the password policy on the field, and broken reset links.</summary>
public sealed class PasswordFormTests : IClassFixture<PortalAppFactory>
{
    private const string Password = "a long and memorable sentence";
    private const string LengthMessage = "The password must be between 12 and 128 characters.";

    private readonly PortalAppFactory factory;

    public PasswordFormTests(PortalAppFactory factory) => this.factory = factory;

    [Fact]
    public async Task Change_password_to_eight_characters_shows_the_field_error_and_keeps_the_old_password()
    {
        var client = factory.CreateFormClient();
        var email = $"change.{Guid.NewGuid():N}@example.test";
        await client.RegisterAsync(email, Password);

        using var response = await client.PostFormAsync("/Account/Manage/ChangePassword", "change-password", new Dictionary<string, string>
        {
            ["Input.OldPassword"] = Password,
            ["Input.NewPassword"] = "short123",
            ["Input.ConfirmPassword"] = "short123",
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains($"<div class=\"portal-field__error\">{LengthMessage}</div>", html, StringComparison.Ordinal);
        await using var scope = factory.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>();
        var user = await users.FindByEmailAsync(email);
        Assert.NotNull(user);
        Assert.True(await users.CheckPasswordAsync(user, Password));
        Assert.False(await users.CheckPasswordAsync(user, "short123"));
    }

    [Fact]
    public async Task Reset_password_to_eight_characters_shows_the_field_error()
    {
        var client = factory.CreateFormClient();
        var path = "/Account/ResetPassword?code=" + Uri.EscapeDataString("c29tZS1jb2Rl"); // well-formed, not a real token

        using var response = await client.PostFormAsync(path, "reset-password", new Dictionary<string, string>
        {
            ["Input.Email"] = "owner@demo.portal.test",
            ["Input.Password"] = "short123",
            ["Input.ConfirmPassword"] = "short123",
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(LengthMessage, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("%%%garbage")]
    [InlineData("abcde")] // base64url cannot end with a single leftover character
    public async Task Reset_link_with_a_mangled_code_leads_to_the_invalid_link_page(string code)
    {
        var client = factory.CreateFormClient();

        using var response = await client.Http.GetAsync("/Account/ResetPassword?code=" + code);

        Assert.Equal(HttpStatusCode.Found, response.StatusCode);
        Assert.Equal("/Account/InvalidPasswordReset", response.Headers.Location!.AbsolutePath);
        var page = await client.Http.GetStringAsync(response.Headers.Location);
        Assert.Contains("This password reset link is incomplete or not valid.", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Reset_post_with_a_mangled_code_shows_a_form_error_and_keeps_the_password()
    {
        var client = factory.CreateFormClient();
        var email = $"reset.{Guid.NewGuid():N}@example.test";
        await factory.CreateFormClient().RegisterAsync(email, Password);

        using var response = await client.PostFormAsync("/Account/ResetPassword?code=%%%garbage", "reset-password", new Dictionary<string, string>
        {
            ["Input.Email"] = email,
            ["Input.Password"] = "another long sentence here",
            ["Input.ConfirmPassword"] = "another long sentence here",
        }, formPage: "/Account/ResetPassword?code=c29tZS1jb2Rl");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("data-testid=\"status-message\"", html, StringComparison.Ordinal);
        Assert.Contains("Error: This link or code has expired or is not valid.", html, StringComparison.Ordinal);
        await using var scope = factory.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>();
        Assert.True(await users.CheckPasswordAsync((await users.FindByEmailAsync(email))!, Password));
    }
}
