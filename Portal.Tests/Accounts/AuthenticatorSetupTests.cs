using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Portal.Domain.Accounts;
using Portal.Tests.Infrastructure;
using Portal.Tests.Integration;

namespace Portal.Tests.Accounts;

/// <summary>
/// Setting up an authenticator signs nobody out until two-factor is actually turned on: opening the page keeps the key and
/// the security stamp; confirming a code changes the stamp, keeps the member's own session and ends every other one.
/// The clock is fake, so "a minute later" (the stamp check's interval) is a tick, not a wait.
/// </summary>
public sealed class AuthenticatorSetupTests : IAsyncDisposable
{
    private const string Password = "a long and memorable sentence";

    private readonly FakeTimeProvider clock = new(DateTimeOffset.UtcNow);

    private readonly PortalAppFactory factory;

    public AuthenticatorSetupTests() => factory = PortalAppFactory.WithClock(clock);

    public ValueTask DisposeAsync() => factory.DisposeAsync();

    [Fact]
    public async Task Opening_the_setup_page_twice_keeps_the_key_the_stamp_and_every_session()
    {
        var (phone, laptop, email) = await TwoSessionsAsync();
        var stamp = await StampAsync(email);

        var first = await TwoFactorTests.ReadSharedKeyAsync(phone);
        var second = await TwoFactorTests.ReadSharedKeyAsync(phone);
        clock.Advance(TimeSpan.FromMinutes(5));

        Assert.Equal(first, second);
        Assert.Equal(stamp, await StampAsync(email));
        Assert.Equal(HttpStatusCode.OK, await ProfileStatusAsync(phone));
        Assert.Equal(HttpStatusCode.OK, await ProfileStatusAsync(laptop));
    }

    [Fact]
    public async Task Turning_two_factor_on_keeps_this_session_and_signs_the_others_out()
    {
        var (phone, laptop, email) = await TwoSessionsAsync();
        var stamp = await StampAsync(email);
        var key = await TwoFactorTests.ReadSharedKeyAsync(phone);

        using var enabled = await TwoFactorTests.SendEnableCodeAsync(phone, Totp.Code(key, clock.GetUtcNow()));
        clock.Advance(TimeSpan.FromMinutes(5));

        Assert.Equal(HttpStatusCode.OK, enabled.StatusCode);
        Assert.NotEqual(stamp, await StampAsync(email));
        Assert.Equal(HttpStatusCode.OK, await ProfileStatusAsync(phone));
        Assert.Equal(HttpStatusCode.Found, await ProfileStatusAsync(laptop));
    }

    private async Task<(FormClient Phone, FormClient Laptop, string Email)> TwoSessionsAsync()
    {
        var phone = factory.CreateFormClient();
        var email = $"stamp.{Guid.NewGuid():N}@example.test";
        await phone.RegisterAsync(email, Password);
        var laptop = factory.CreateFormClient();
        using var signedIn = await laptop.SignInAsync(email, Password);
        Assert.Equal(HttpStatusCode.Found, signedIn.StatusCode);
        return (phone, laptop, email);
    }

    private static async Task<HttpStatusCode> ProfileStatusAsync(FormClient client)
    {
        using var response = await client.Http.GetAsync("/account/profile");
        return response.StatusCode;
    }

    private async Task<string?> StampAsync(string email)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>();
        return (await users.FindByEmailAsync(email))!.SecurityStamp;
    }
}
