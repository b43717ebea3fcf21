using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using Portal.Domain.Accounts;
using Portal.Domain.Forums;
using Portal.Forums.Moderation;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Forums.Moderation;

/// <summary>/studio/moderation/resolved against the real history: each decision with who, when, what and why, the action filter and its empty state.</summary>
public sealed class ResolvedReportsPageTests : PortalComponentTest
{
    private ForumWorld world = null!;
    private string editor = "";

    protected override async Task InitializeTestAsync()
    {
        world = await ForumWorld.CreateAsync();
        editor = await world.VeteranAsync("Editor", Roles.Editor);
        var author = await world.VeteranAsync("Spammer");
        var advert = await world.ThreadAsync(author, "Cheap tyres here", "Visit my shop for cheap tyres, best prices.");
        var insult = await world.ReplyAsync(author, advert.ThreadId, "Anyone who disagrees is an idiot.");
        await world.Interactions.ReportAsync(await world.VeteranAsync("Lin"), advert.PostId, ReportReason.Spam, null);
        await world.Interactions.ReportAsync(await world.VeteranAsync("Chen"), insult.PostId, ReportReason.Abusive, null);
        await world.Interactions.ReportAsync(await world.VeteranAsync("王磊"), insult.PostId, ReportReason.Abusive, null);
        await world.Reports.ResolveAsync(editor, advert.PostId, ReportAction.HidePost, ModerationReason.Spam, "Tyre shop");
        world.Tick();
        await world.Reports.ResolveAsync(editor, insult.PostId, ReportAction.SilenceMember, ModerationReason.Harassment, silenceDays: 3);
        Services.AddSingleton(world.Database.Get<ReportHistory>());
        UseViewerPreferences();
        await SignInMemberAsync(editor, "editor@tests.portal.test", Roles.Owner, Roles.Editor);
    }

    protected override Task DisposeTestAsync() => world.DisposeAsync().AsTask();

    [Fact]
    public void Each_decision_reads_with_its_post_author_decision_reason_and_moderator()
    {
        var cut = RenderPage("/studio/moderation/resolved?page=abc");

        cut.WaitForAssertion(() => Assert.Equal(2, cut.FindAll("[data-testid=resolved-decision]").Count));
        Assert.Equal("2 decisions", cut.Find("[data-testid=resolved-count]").TextContent.Trim());
        Assert.Equal(["Silenced for 3 days 2 reports", "Post hidden 1 report"], cut.FindAll("[data-testid=resolved-decision]").Select(Words));
        Assert.Equal(["Harassment or insults", "Spam or advertising: Tyre shop"], cut.FindAll("[data-testid=resolved-reason]").Select(Words));
        Assert.Equal(2, cut.FindAll("tbody .portal-member__name").Count(n => n.TextContent == "Editor"));
        Assert.Equal("/studio/moderation/resolved", cut.Find("a[data-testid=tab-resolved]").GetAttribute("href"));
        Assert.Equal("page", cut.Find("a[data-testid=tab-resolved]").GetAttribute("aria-current"));
    }

    [Fact]
    public void The_action_filter_lives_in_the_address_and_an_empty_filter_says_what_to_do()
    {
        var cut = RenderPage("/studio/moderation/resolved?action=dismiss");

        cut.WaitForAssertion(() => Assert.Contains("No resolved reports yet", cut.Markup, StringComparison.Ordinal));
        Assert.Contains("No report has been resolved this way yet.", cut.Markup, StringComparison.Ordinal);
        Assert.Equal(
            ["/studio/moderation/resolved", "/studio/moderation/resolved?action=dismiss", "/studio/moderation/resolved?action=hide", "/studio/moderation/resolved?action=silence"],
            cut.FindAll("a[data-testid=filter]").Select(a => a.GetAttribute("href")));
        Assert.Equal("Dismissed", cut.Find("a[data-testid=filter][aria-current=page]").TextContent.Trim());

        var hidden = RenderPage("/studio/moderation/resolved?action=hide");

        hidden.WaitForAssertion(() => Assert.Equal(["Post hidden 1 report"], hidden.FindAll("[data-testid=resolved-decision]").Select(Words)));
    }

    [Fact]
    public void Chinese_reads_the_preset_reasons_in_chinese()
    {
        using var chinese = new CultureScope("zh-CN");

        var cut = RenderPage("/studio/moderation/resolved");

        cut.WaitForAssertion(() => Assert.Equal(["骚扰或人身攻击", "垃圾广告：Tyre shop"], cut.FindAll("[data-testid=resolved-reason]").Select(Words)));
        Assert.Equal("禁言 3 天 2 条举报", Words(cut.FindAll("[data-testid=resolved-decision]")[0]));
    }

    private IRenderedComponent<ResolvedReportsPage> RenderPage(string uri)
    {
        Services.GetRequiredService<NavigationManager>().NavigateTo(uri);
        return Render<ResolvedReportsPage>();
    }

    private static string Words(AngleSharp.Dom.IElement element) =>
        string.Join(" ", element.TextContent.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
