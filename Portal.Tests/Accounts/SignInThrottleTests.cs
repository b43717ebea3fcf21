using System.Net;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Portal.Domain.Accounts;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Accounts;

/// <summary>
/// Sign-in throttling with a fake clock: growing waits per account for unknown devices, none for the known device, a
/// reset clears them, and one address trying many accounts is stopped. Then the page: a stranger's wrong passwords do
/// not keep the owner out on their own browser.
/// </summary>
public sealed class SignInThrottleTests : IAsyncDisposable
{
    private const string Lin = "lin@tests.portal.test";
    private const string Attacker = "203.0.113.9";
    private const string Password = "a long and memorable sentence";

    private readonly FakeTimeProvider clock = new(TestDatabase.Start);

    private PortalAppFactory? factory;

    private SignInThrottle NewThrottle() => new(new OptionsMonitorStub(new AccountOptions()), clock);

    public async ValueTask DisposeAsync()
    {
        if (factory is not null)
        {
            await factory.DisposeAsync();
        }
    }

    [Fact]
    public void Five_failures_are_free_then_each_failure_doubles_the_wait_up_to_the_cap()
    {
        var throttle = NewThrottle();
        for (var i = 0; i < 5; i++)
        {
            Assert.Null(throttle.WaitBefore(Lin, Attacker, knownDevice: false));
            throttle.Failed(Lin, Attacker);
        }

        Assert.Equal(TimeSpan.FromSeconds(30), throttle.WaitBefore(Lin, "198.51.100.1", knownDevice: false));
        clock.Advance(TimeSpan.FromSeconds(30));
        Assert.Null(throttle.WaitBefore(Lin, Attacker, knownDevice: false));
        throttle.Failed(Lin, Attacker);
        Assert.Equal(TimeSpan.FromSeconds(60), throttle.WaitBefore(Lin, Attacker, knownDevice: false));
        for (var i = 0; i < 10; i++)
        {
            throttle.Failed(Lin, $"198.51.100.{i}");
        }

        Assert.Equal(TimeSpan.FromMinutes(15), throttle.WaitBefore(Lin, Attacker, knownDevice: false));
    }

    [Fact]
    public void The_known_device_is_never_delayed_by_the_account_and_a_reset_clears_it()
    {
        var throttle = NewThrottle();
        for (var i = 0; i < 12; i++)
        {
            throttle.Failed(Lin, $"198.51.100.{i}");
        }

        Assert.NotNull(throttle.WaitBefore(Lin, "192.0.2.7", knownDevice: false));
        Assert.Null(throttle.WaitBefore(Lin, "192.0.2.7", knownDevice: true));

        throttle.Cleared(Lin);

        Assert.Null(throttle.WaitBefore(Lin, "192.0.2.7", knownDevice: false));
    }

    [Fact]
    public void One_address_trying_many_accounts_is_stopped_for_the_window()
    {
        var throttle = NewThrottle();
        for (var i = 0; i < 30; i++)
        {
            throttle.Failed($"owner{i}@tests.portal.test", Attacker);
        }

        Assert.Equal(TimeSpan.FromMinutes(15), throttle.WaitBefore("someone.else@tests.portal.test", Attacker, knownDevice: true));
        Assert.Null(throttle.WaitBefore("someone.else@tests.portal.test", "192.0.2.7", knownDevice: false));
        clock.Advance(TimeSpan.FromMinutes(15));
        Assert.Null(throttle.WaitBefore("someone.else@tests.portal.test", Attacker, knownDevice: false));
    }

    [Fact]
    public async Task Wrong_passwords_from_a_stranger_do_not_keep_the_owner_out_of_their_own_browser()
    {
        factory = PortalAppFactory.WithClock(clock);
        var owner = factory.CreateFormClient();
        var email = $"throttle.{Guid.NewGuid():N}@example.test";
        await owner.RegisterAsync(email, Password);
        using (var first = await owner.SignInAsync(email, Password))
        {
            Assert.Equal(HttpStatusCode.Found, first.StatusCode); // this browser is now a known device
        }

        await owner.SignOutAsync();
        var stranger = factory.CreateFormClient();
        for (var i = 0; i < 8; i++)
        {
            using var wrong = await stranger.SignInAsync(email, $"guess number {i} is wrong");
            Assert.Equal(HttpStatusCode.OK, wrong.StatusCode);
        }

        using var strangerRight = await stranger.SignInAsync(email, Password);
        Assert.Equal(HttpStatusCode.OK, strangerRight.StatusCode);
        Assert.Contains("too many sign-in attempts", await strangerRight.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        using var ownerRight = await owner.SignInAsync(email, Password);
        Assert.Equal(HttpStatusCode.Found, ownerRight.StatusCode);
    }

    private sealed class OptionsMonitorStub(AccountOptions value) : IOptionsMonitor<AccountOptions>
    {
        public AccountOptions CurrentValue => value;

        public AccountOptions Get(string? name) => value;

        public IDisposable? OnChange(Action<AccountOptions, string?> listener) => null;
    }
}
