using Portal.Domain.MemberMail;
using Portal.Domain.Messaging;
using Portal.Domain.Notifications;

namespace Portal.Tests.MemberMail;

/// <summary>A notification email's token turns off that kind's email only (the digest: the digest), and no other token does.</summary>
public sealed class UnsubscribeByKindTests : IAsyncLifetime
{
    private MailWorld world = default!;

    public async Task InitializeAsync() => world = await MailWorld.CreateAsync();

    public async Task DisposeAsync() => await world.DisposeAsync();

    private UnsubscribeTokens Tokens => world.Database.Get<UnsubscribeTokens>();

    [Fact]
    public async Task A_reply_token_turns_reply_email_off_and_keeps_the_bell_and_every_other_kind()
    {
        var member = await world.MemberAsync();

        Assert.Equal(NotificationKind.Reply, await world.Preferences.UnsubscribeAsync(Tokens.Create(member, NotificationKind.Reply)));

        var preferences = await world.Preferences.GetAsync(member);
        Assert.Equal(MessageChannels.InApp, preferences.Channels[NotificationKind.Reply]);
        Assert.Equal(MessageChannels.InApp | MessageChannels.Email, preferences.Channels[NotificationKind.Mention]);
        Assert.Equal(DigestFrequency.Weekly, preferences.Digest);
    }

    [Fact]
    public async Task A_digest_token_stops_the_digest()
    {
        var member = await world.MemberAsync();

        Assert.Equal(NotificationKind.Digest, await world.Preferences.UnsubscribeAsync(Tokens.Create(member, NotificationKind.Digest)));

        Assert.Equal(DigestFrequency.Off, (await world.Preferences.GetAsync(member)).Digest);
    }

    [Fact]
    public async Task Forged_and_marketing_tokens_change_no_preference_and_a_kind_token_is_no_marketing_token()
    {
        var member = await world.MemberAsync();
        var token = Tokens.Create(member, NotificationKind.Mention);
        var forged = token[..^3] + (token[^3] == 'x' ? "yyy" : "xxx");

        Assert.Null(await world.Preferences.UnsubscribeAsync(forged));
        Assert.Null(await world.Preferences.UnsubscribeAsync(Tokens.Create(member)));
        Assert.Null(await world.Preferences.UnsubscribeAsync("not a token"));
        Assert.Null(Tokens.MemberIdOf(token));
        Assert.False(await world.Database.Get<MarketingConsent>().UnsubscribeAsync(token));
        Assert.Equal(MessageChannels.InApp | MessageChannels.Email, (await world.Preferences.GetAsync(member)).Channels[NotificationKind.Mention]);
    }
}
