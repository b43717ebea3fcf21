using AngleSharp.Dom;
using Bunit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using Portal.Domain.Accounts;
using Portal.Domain.Forums;
using Portal.Forums.Moderation;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Forums.Moderation;

/// <summary>The reports queue page against the real ForumReports: what it lists, and each action on a reported post.</summary>
public sealed class ReportsQueueComponentTests : PortalComponentTest
{
    private ForumWorld world = null!;
    private string editor = "";
    private string author = "";
    private PostLocation advert = null!;
    private PostLocation insult = null!;

    protected override async Task InitializeTestAsync()
    {
        world = await ForumWorld.CreateAsync();
        editor = await world.VeteranAsync("Editor", Roles.Editor);
        author = await world.VeteranAsync("Spammer");
        advert = await world.ThreadAsync(author, "Cheap tyres here", "Visit my **shop** for cheap tyres, best prices.");
        insult = await world.ReplyAsync(author, advert.ThreadId, "Anyone who disagrees is an idiot.");
        await world.Interactions.ReportAsync(await world.VeteranAsync("Lin"), advert.PostId, ReportReason.Spam, null);
        await world.Interactions.ReportAsync(await world.VeteranAsync("王磊"), advert.PostId, ReportReason.Other, "Looks like an advert for a tyre shop.");
        await world.Interactions.ReportAsync(await world.VeteranAsync("Chen"), insult.PostId, ReportReason.Abusive, null);
        Services.AddSingleton(world.Reports);
        Services.AddSingleton<TimeProvider>(world.Database.Clock);
        UseViewerPreferences();
    }

    protected override Task DisposeTestAsync() => world.DisposeAsync().AsTask();

    [Fact]
    public async Task Lists_each_reported_post_with_its_rendered_body_and_every_report()
    {
        var cut = await RenderQueueAsync();

        var cards = cut.FindAll("[data-testid=report-card]");
        Assert.Equal(2, cards.Count);
        Assert.Equal("2 reported posts waiting", cut.Find("[data-testid=queue-count]").TextContent.Trim());
        var first = cards[0];
        Assert.Equal(advert.Url, first.QuerySelector("h2 a")!.GetAttribute("href"));
        Assert.Equal("shop", first.QuerySelector("[data-testid=report-post] strong")!.TextContent);
        var entries = first.QuerySelectorAll("[data-testid=report-entry]");
        Assert.Equal(["Spam", "Other"], entries.Select(e => e.QuerySelector(".mud-chip")!.TextContent.Trim()));
        Assert.Equal(["Lin", "王磊"], entries.Select(e => e.QuerySelector(".portal-member__name")!.TextContent));
        Assert.Equal("Looks like an advert for a tyre shop.", entries[1].QuerySelector("blockquote")!.TextContent);
    }

    [Fact]
    public async Task Dismissing_removes_the_post_from_the_queue_and_says_so()
    {
        var cut = await RenderQueueAsync();

        await cut.InvokeAsync(() => Card(cut, 0).QuerySelector("[data-testid=dismiss]")!.Click());

        cut.WaitForAssertion(() => Assert.Single(cut.FindAll("[data-testid=report-card]")));
        Assert.Contains("Reports on post #1 dismissed.", Snackbars());
        await using var db = world.Database.CreateDbContext();
        Assert.All(await db.PostReports.Where(r => r.PostId == advert.PostId).ToListAsync(), r => Assert.Equal(ReportStatus.Dismissed, r.Status));
        Assert.False((await db.Posts.SingleAsync(p => p.Id == advert.PostId)).IsHidden);
    }

    [Fact]
    public async Task Hiding_asks_for_a_preset_reason_then_hides_the_post_with_it()
    {
        var cut = await RenderQueueAsync();
        await cut.InvokeAsync(() => Card(cut, 0).QuerySelector("[data-testid=hide]")!.Click());

        await cut.InvokeAsync(() => cut.Find("form").Submit());

        cut.WaitForAssertion(() => Assert.Contains("Give a reason.", cut.Markup, StringComparison.Ordinal));
        Assert.Equal(2, cut.FindAll("[data-testid=report-card]").Count);

        await PickReasonAsync(cut, ModerationReason.Spam);
        Field(cut, "Note (optional)").Input("Advertising");
        await cut.InvokeAsync(() => cut.Find("form").Submit());

        cut.WaitForAssertion(() => Assert.Single(cut.FindAll("[data-testid=report-card]")));
        Assert.Contains("Post #1 hidden.", Snackbars());
        await using var db = world.Database.CreateDbContext();
        var post = await db.Posts.SingleAsync(p => p.Id == advert.PostId);
        Assert.Equal((true, "spam: Advertising"), (post.IsHidden, post.HiddenReason));
    }

    [Fact]
    public async Task Other_needs_the_moderators_own_words()
    {
        var cut = await RenderQueueAsync();
        await cut.InvokeAsync(() => Card(cut, 0).QuerySelector("[data-testid=hide]")!.Click());
        await PickReasonAsync(cut, ModerationReason.Other);

        await cut.InvokeAsync(() => cut.Find("form").Submit());

        cut.WaitForAssertion(() => Assert.Contains("Give a reason.", cut.Markup, StringComparison.Ordinal));
        Field(cut, "Your reason (needed for Other)").Input("Selling chargers");
        await cut.InvokeAsync(() => cut.Find("form").Submit());

        cut.WaitForAssertion(() => Assert.Single(cut.FindAll("[data-testid=report-card]")));
        await using var db = world.Database.CreateDbContext();
        Assert.Equal("Selling chargers", (await db.Posts.SingleAsync(p => p.Id == advert.PostId)).HiddenReason);
    }

    [Fact]
    public async Task Each_card_shows_the_authors_record()
    {
        var earlier = await world.ReplyAsync(author, advert.ThreadId, "Buy my tyres, the best deal in town.");
        await world.Interactions.ReportAsync(await world.VeteranAsync("Zhao"), earlier.PostId, ReportReason.Spam, null);
        await world.Reports.ResolveAsync(editor, earlier.PostId, ReportAction.SilenceMember, ModerationReason.Spam, silenceDays: 2);

        var cut = await RenderQueueAsync();

        var context = Card(cut, 0).QuerySelector("[data-testid=author-context]")!;
        Assert.Equal("What we know about Spammer", context.GetAttribute("aria-label"));
        Assert.Equal("Member for 30 days", Text(context, "author-age"));
        Assert.Equal("3 posts", Text(context, "author-posts"));
        Assert.Equal("1 earlier report: 0 dismissed, 0 posts hidden, 1 silence", Text(context, "author-reports"));
        Assert.StartsWith("Silenced until", Text(context, "author-silences"), StringComparison.Ordinal);
        Assert.EndsWith("Never silenced before", Text(context, "author-silences"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Silencing_hides_the_post_and_silences_the_author_for_the_days_chosen()
    {
        var cut = await RenderQueueAsync();
        await cut.InvokeAsync(() => Card(cut, 1).QuerySelector("[data-testid=silence]")!.Click());

        await PickReasonAsync(cut, ModerationReason.Harassment);
        Field(cut, "Days of silence (1–365)").Change("3");
        cut.WaitForAssertion(() => Assert.Equal("Hide the post and silence for 3 days", cut.Find("[data-testid=confirm]").TextContent.Trim()));
        await cut.InvokeAsync(() => cut.Find("form").Submit());

        cut.WaitForAssertion(() => Assert.Single(cut.FindAll("[data-testid=report-card]")));
        Assert.Contains("Post #2 hidden; Spammer is silenced for 3 days.", Snackbars());
        await using var db = world.Database.CreateDbContext();
        Assert.Equal(world.Database.Clock.GetUtcNow().AddDays(3), (await db.Users.SingleAsync(u => u.Id == author)).SilencedUntil);
        Assert.Equal("harassment", (await db.Posts.SingleAsync(p => p.Id == insult.PostId)).HiddenReason);
    }

    [Fact]
    public async Task A_post_by_a_deleted_account_says_so_and_offers_no_silence()
    {
        var leaver = await world.VeteranAsync("Leaver");
        var left = await world.ReplyAsync(leaver, advert.ThreadId, "Goodbye everyone, selling my car.");
        await world.Interactions.ReportAsync(await world.VeteranAsync("Zhao"), left.PostId, ReportReason.Spam, null);
        Assert.True((await world.Database.Get<Domain.Accounts.Erasure.AccountEraser>().EraseAsync(leaver, removePosts: false)).Succeeded);

        var cut = await RenderQueueAsync();

        var card = Card(cut, 2);
        Assert.Equal("Deleted member", card.QuerySelector("[data-testid=deleted-member]")!.TextContent);
        Assert.Contains("deleted their account", card.QuerySelector("[data-testid=author-deleted]")!.TextContent, StringComparison.Ordinal);
        Assert.Null(card.QuerySelector("[data-testid=author-context]"));
        Assert.Null(card.QuerySelector("[data-testid=silence]"));
        Assert.NotNull(card.QuerySelector("[data-testid=hide]"));
        Assert.NotNull(Card(cut, 0).QuerySelector("[data-testid=silence]"));
    }

    [Fact]
    public async Task Cancel_goes_back_to_the_three_actions_without_changing_anything()
    {
        var cut = await RenderQueueAsync();
        await cut.InvokeAsync(() => Card(cut, 0).QuerySelector("[data-testid=hide]")!.Click());

        await cut.InvokeAsync(() => cut.FindAll("button").Single(b => b.TextContent.Trim() == "Cancel").Click());

        Assert.Empty(cut.FindAll("form"));
        Assert.Equal(2, cut.FindAll("[data-testid=dismiss]").Count);
        Assert.Empty(Snackbars());
    }

    [Fact]
    public async Task Reports_another_moderator_resolved_first_leave_the_queue_with_a_note()
    {
        var cut = await RenderQueueAsync();
        await world.Reports.ResolveAsync(editor, advert.PostId, ReportAction.Dismiss, null);

        await cut.InvokeAsync(() => Card(cut, 0).QuerySelector("[data-testid=dismiss]")!.Click());

        cut.WaitForAssertion(() => Assert.Single(cut.FindAll("[data-testid=report-card]")));
        Assert.Contains("Someone else already resolved the reports on post #1.", Snackbars());
    }

    [Fact]
    public async Task An_empty_queue_says_so_and_points_to_the_forums()
    {
        await world.Reports.ResolveAsync(editor, advert.PostId, ReportAction.Dismiss, null);
        await world.Reports.ResolveAsync(editor, insult.PostId, ReportAction.Dismiss, null);

        var cut = await RenderQueueAsync();

        Assert.Contains("No open reports", cut.Markup, StringComparison.Ordinal);
        Assert.Contains(cut.FindAll("a"), a => a.GetAttribute("href") == "/forums");
    }

    private async Task<IRenderedComponent<ModerationPage>> RenderQueueAsync()
    {
        await SignInMemberAsync(editor, "editor@tests.portal.test", Roles.Owner, Roles.Editor);
        Render<MudPopoverProvider>();
        var cut = Render<ModerationPage>();
        cut.WaitForAssertion(() => Assert.Empty(cut.FindAll(".mud-progress-linear")));
        return cut;
    }

    private static async Task PickReasonAsync(IRenderedComponent<ModerationPage> cut, ModerationReason reason) =>
        await cut.InvokeAsync(() => cut.FindComponent<MudSelect<ModerationReason?>>().Instance.ValueChanged.InvokeAsync(reason));

    private static string Text(IElement context, string testId) =>
        string.Join(" ", context.QuerySelector($"[data-testid={testId}]")!.TextContent.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    private static IElement Card(IRenderedComponent<ModerationPage> cut, int index) => cut.FindAll("[data-testid=report-card]")[index];

    private static IElement Field(IRenderedComponent<ModerationPage> cut, string label)
    {
        var id = cut.FindAll("label").Single(l => l.TextContent.Trim() == label).GetAttribute("for");
        return cut.Find($"#{id}");
    }

    private List<string> Snackbars() => [.. Services.GetRequiredService<ISnackbar>().ShownSnackbars.Select(s => s.Message ?? "")];
}
