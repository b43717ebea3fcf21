using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using Portal.Domain.MemberMail;
using Portal.Domain.Messaging;
using Portal.Domain.Notifications;
using Portal.Notifications;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.MemberMail;

/// <summary>The preferences card on the profile, rendered by bUnit against the real preferences on a temp database.</summary>
public sealed class NotificationPreferencesCardTests : PortalComponentTest
{
    private MailWorld world = null!;

    protected override async Task InitializeTestAsync()
    {
        world = await MailWorld.CreateAsync();
        Services.AddSingleton(world.Preferences);
        SetRendererInfo(new RendererInfo("Server", isInteractive: true));
        Render<MudPopoverProvider>();
    }

    protected override async Task DisposeTestAsync() => await world.DisposeAsync();

    [Fact]
    public async Task Every_kind_shows_its_current_channel_and_the_digest_its_rhythm()
    {
        var member = await world.MemberAsync();

        var cut = Render<NotificationPreferencesCard>(p => p.Add(c => c.MemberId, member));
        cut.WaitForElement("[data-testid=preferences-save]");

        Assert.Equal(MailDefaults.Choosable.Count + 1, cut.FindAll(".portal-preferences__row").Count);
        Assert.Equal("Replies in threads you follow", cut.Find("#preference-label-Reply").TextContent.Trim());
        Assert.True(Checked(cut, "preference-Reply-Both"));
        Assert.True(Checked(cut, "preference-Reaction-InApp"));
        Assert.True(Checked(cut, "preference-EventSignedUp-Email"));
        Assert.True(Checked(cut, "preference-Digest-Weekly"));
        Assert.Empty(cut.FindAll("[data-testid=preferences-unconfirmed]"));
    }

    [Fact]
    public async Task Choosing_and_saving_stores_the_choices_and_says_so()
    {
        var member = await world.MemberAsync();
        var cut = Render<NotificationPreferencesCard>(p => p.Add(c => c.MemberId, member));
        cut.WaitForElement("[data-testid=preferences-save]");

        Choose(cut, "preference-Reply-Off");
        Choose(cut, "preference-Reaction-Both");
        Choose(cut, "preference-Digest-Daily");
        cut.Find("[data-testid=preferences-save]").Click();

        cut.WaitForAssertion(() => Assert.Contains("Your notification preferences are saved.", Services.GetRequiredService<ISnackbar>().ShownSnackbars.Select(s => s.Message)));
        var saved = await world.Preferences.GetAsync(member);
        Assert.Equal(MessageChannels.None, saved.Channels[NotificationKind.Reply]);
        Assert.Equal(MessageChannels.InApp | MessageChannels.Email, saved.Channels[NotificationKind.Reaction]);
        Assert.Equal(DigestFrequency.Daily, saved.Digest);
    }

    [Fact]
    public async Task An_unconfirmed_address_is_told_that_no_email_goes_out_in_chinese_too()
    {
        var member = await world.MemberAsync(confirmed: false);
        using var chinese = new CultureScope("zh-CN");

        var cut = Render<NotificationPreferencesCard>(p => p.Add(c => c.MemberId, member));
        cut.WaitForElement("[data-testid=preferences-save]");

        Assert.Contains("你的邮箱尚未验证", cut.Find("[data-testid=preferences-unconfirmed]").TextContent, StringComparison.Ordinal);
        Assert.Equal("通知与邮件", cut.Find("h2").TextContent.Trim());
        Assert.Equal("你关注的帖子有新回复", cut.Find("#preference-label-Reply").TextContent.Trim());
    }

    private static bool Checked(IRenderedComponent<NotificationPreferencesCard> cut, string testId) =>
        cut.Find($"input[data-testid={testId}]").HasAttribute("checked");

    private static void Choose(IRenderedComponent<NotificationPreferencesCard> cut, string testId) =>
        cut.Find($"input[data-testid={testId}]").Click();
}
