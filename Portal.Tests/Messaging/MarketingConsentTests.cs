using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Portal.Domain;
using Portal.Domain.Accounts;
using Portal.Domain.Messaging;

namespace Portal.Tests.Messaging;

/// <summary>Consent is opt-in at registration, kept from its first time on the profile, withdrawn by a valid token only; and the click redirect's link policy.</summary>
public sealed class MarketingConsentTests : IAsyncLifetime
{
    private MessagingWorld world = default!;

    public async Task InitializeAsync() => world = await MessagingWorld.CreateAsync();

    public async Task DisposeAsync() => await world.DisposeAsync();

    [Fact]
    public async Task Registration_is_opt_in()
    {
        var registration = world.Database.Get<Registration>();
        var without = await registration.RegisterAsync("Without", "without@tests.portal.test", "a long enough passphrase here");
        var with = await registration.RegisterAsync("With", "with@tests.portal.test", "a long enough passphrase here", marketingConsent: true);

        var consent = world.Database.Get<MarketingConsent>();
        Assert.Null(await consent.GetAsync(without.Member!.Id));
        Assert.Equal(TestDatabaseStart, await consent.GetAsync(with.Member!.Id));
    }

    [Fact]
    public async Task Turning_it_on_again_keeps_the_first_time_and_a_token_turns_it_off()
    {
        var member = await world.MemberAsync(consent: false);
        var consent = world.Database.Get<MarketingConsent>();
        await consent.SetAsync(member, true);
        world.Database.Clock.Advance(TimeSpan.FromDays(2));
        await consent.SetAsync(member, true);
        Assert.Equal(TestDatabaseStart, await consent.GetAsync(member));

        Assert.False(await consent.UnsubscribeAsync("forged"));
        Assert.NotNull(await consent.GetAsync(member));
        Assert.True(await consent.UnsubscribeAsync(world.Database.Get<UnsubscribeTokens>().Create(member)));
        Assert.Null(await consent.GetAsync(member));
    }

    [Theory]
    [InlineData("/events/3/winter-meetup", true)]
    [InlineData("/", true)]
    [InlineData("https://owners.example.com/articles/x", true)]
    [InlineData("https://WWW.AURELIA.example/models", true)]
    [InlineData("//evil.example/x", false)]
    [InlineData("/\\evil.example/x", false)]
    [InlineData("https://evil.example/x", false)]
    [InlineData("https://owners.example.com.evil.example/", false)]
    [InlineData("https://user@owners.example.com/", false)]
    [InlineData("javascript:alert(1)", false)]
    [InlineData("mailto:someone@example.com", false)]
    [InlineData("/events\n/x", false)]
    [InlineData("", false)]
    public void The_click_redirect_goes_only_to_the_site_and_allowed_hosts(string target, bool allowed)
    {
        var messaging = new MessagingOptions();
        messaging.AllowedLinkHosts.Add("www.aurelia.example");
        var policy = new MessageLinkPolicy(Options.Create(messaging), Options.Create(new PortalOptions { PublicBaseUrl = "https://owners.example.com" }));
        Assert.Equal(allowed, policy.Allows(target));
    }

    private static DateTimeOffset TestDatabaseStart => Infrastructure.TestDatabase.Start;
}
