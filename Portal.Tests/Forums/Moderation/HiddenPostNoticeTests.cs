using Microsoft.EntityFrameworkCore;
using Portal.Domain.Accounts;
using Portal.Domain.Forums;
using Portal.Domain.Notifications;

namespace Portal.Tests.Forums.Moderation;

/// <summary>
/// A moderator hiding a post tells its author in the bell (never by email), with the thread's title and a link to the
/// post, which shows them the reason; whether hidden from the thread menu or from the reports queue. Showing it again,
/// or a moderator hiding their own post, tells nobody.
/// </summary>
public sealed class HiddenPostNoticeTests : IAsyncLifetime
{
    private ForumWorld world = null!;

    public async Task InitializeAsync() => world = await ForumWorld.CreateAsync();

    public async Task DisposeAsync() => await world.DisposeAsync();

    [Fact]
    public async Task The_author_hears_once_in_the_bell_with_a_link_to_the_post()
    {
        var editor = await world.VeteranAsync("Editor", Roles.Editor);
        var lin = await world.VeteranAsync("Lin");
        var thread = await world.ThreadAsync(await world.VeteranAsync("Wang"), "Winter range on the Vela");
        var reply = await world.ReplyAsync(lin, thread.ThreadId, "Buy cheap chargers at my shop today.");

        Assert.True((await world.Moderation.SetPostHiddenAsync(editor, reply.PostId, hidden: true, "Advertising")).Succeeded);
        Assert.True((await world.Moderation.SetPostHiddenAsync(editor, reply.PostId, hidden: false, null)).Succeeded);

        await using var db = world.Database.CreateDbContext();
        var notice = await db.Notifications.SingleAsync(n => n.Kind == NotificationKind.PostHidden);
        Assert.Equal((lin, editor, "Winter range on the Vela", ForumUrls.Post(thread.ThreadId, thread.Slug, reply.Number)),
            (notice.RecipientId, notice.ActorId, notice.Subject, notice.Url));
        Assert.False(await db.MemberEmails.AnyAsync(e => e.Kind == NotificationKind.PostHidden));
    }

    [Fact]
    public async Task Hiding_from_the_reports_queue_tells_the_author_and_a_moderators_own_post_tells_nobody()
    {
        var editor = await world.VeteranAsync("Editor", Roles.Editor);
        var lin = await world.VeteranAsync("Lin");
        var thread = await world.ThreadAsync(editor, "Charging cards in Shanghai");
        var reply = await world.ReplyAsync(lin, thread.ThreadId, "Buy cheap chargers at my shop today.");
        Assert.True((await world.Interactions.ReportAsync(editor, reply.PostId, ReportReason.Spam, "An advert")).Succeeded);

        Assert.True((await world.Reports.ResolveAsync(editor, reply.PostId, ReportAction.HidePost, ModerationReason.Spam)).Succeeded);
        Assert.True((await world.Moderation.SetPostHiddenAsync(editor, thread.PostId, hidden: true, "Outdated")).Succeeded);

        await using var db = world.Database.CreateDbContext();
        var notices = await db.Notifications.Where(n => n.Kind == NotificationKind.PostHidden).Select(n => n.RecipientId).ToListAsync();
        Assert.Equal([lin], notices);
    }
}
