using Microsoft.EntityFrameworkCore;
using Portal.Domain.Activity;
using Portal.Domain.Articles;
using Portal.Domain.Forums;
using Portal.Domain.Notifications;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Articles;

/// <summary>
/// The publishing state machine and what going live and dark does: the discussion thread (once, hidden and shown
/// with the article, a moderator's hide kept), owners' notifications (one per member per UTC day) and the bus.
/// </summary>
public sealed class ArticlePublishingTests : IAsyncLifetime
{
    private PublishingWorld world = default!;

    public async Task InitializeAsync() => world = await PublishingWorld.CreateAsync();

    public async Task DisposeAsync() => await world.DisposeAsync();

    [Fact]
    public async Task Allowed_transitions_move_the_status_and_refused_ones_change_nothing()
    {
        var studio = world.Studio;
        var id = await world.CreateAsync(PublishingWorld.Draft());
        var editor = world.EditorId;

        Assert.Equal(ArticleProblems.WrongStatus, (await studio.UnpublishAsync(editor, id)).Problems.Single().Code);
        Assert.True((await studio.ScheduleAsync(editor, id, world.Database.Clock.GetUtcNow().AddHours(2))).Succeeded);
        Assert.Equal(ArticleStatus.Scheduled, await StatusAsync(id));
        Assert.Equal(ArticleProblems.WrongStatus, (await studio.ArchiveAsync(editor, id)).Problems.Single().Code);
        Assert.Equal(ArticleStatus.Scheduled, await StatusAsync(id));

        Assert.True((await studio.PublishAsync(editor, id)).Succeeded);
        Assert.Equal(ArticleStatus.Published, await StatusAsync(id));
        Assert.Equal(ArticleProblems.WrongStatus, (await studio.PublishAsync(editor, id)).Problems.Single().Code);
        Assert.Equal(ArticleProblems.WrongStatus, (await studio.ScheduleAsync(editor, id, world.Database.Clock.GetUtcNow().AddHours(3))).Problems.Single().Code);

        Assert.True((await studio.ArchiveAsync(editor, id)).Succeeded);
        Assert.Equal(ArticleStatus.Archived, await StatusAsync(id));
        Assert.Equal(ArticleProblems.WrongStatus, (await studio.PublishAsync(editor, id)).Problems.Single().Code);
        Assert.True((await studio.UnpublishAsync(editor, id)).Succeeded);
        Assert.Equal(ArticleStatus.Draft, await StatusAsync(id));

        Assert.Equal(ArticleProblems.ScheduleInPast, (await studio.ScheduleAsync(editor, id, world.Database.Clock.GetUtcNow().AddMinutes(-1))).Problems.Single().Code);
        Assert.Equal(ArticleProblems.NotFound, (await studio.PublishAsync(editor, 9999)).Problems.Single().Code);

        var owner = await world.Database.CreateMemberAsync("Owner Wang");
        Assert.Equal(ArticleProblems.Forbidden, (await studio.PublishAsync(owner, id)).Problems.Single().Code);
        Assert.Equal(ArticleStatus.Draft, await StatusAsync(id));
    }

    [Fact]
    public async Task First_publication_opens_one_thread_in_the_first_models_club_by_the_author_linking_the_article()
    {
        var id = await world.PublishedAsync(PublishingWorld.Draft("Vela winter tyres", "Fit them before the first frost.", 3, 1));
        var threadId = await ThreadIdAsync(id);

        await using (var db = world.Database.CreateDbContext())
        {
            var thread = await db.Threads.Include(t => t.Board).SingleAsync(t => t.Id == threadId);
            Assert.Equal(BoardKind.ModelClub, thread.Board!.Kind);
            Assert.Equal(3, thread.Board.ModelId);
            Assert.Equal(world.EditorId, thread.AuthorId);
            Assert.Equal("Vela winter tyres", thread.Title);
            Assert.False(thread.IsHidden);
            var first = await db.Posts.SingleAsync(p => p.ThreadId == threadId);
            Assert.Contains("What changes in the cold", first.BodyHtml, StringComparison.Ordinal);
            var slug = await db.Articles.Where(a => a.Id == id).Select(a => a.Slug).SingleAsync();
            Assert.Contains($"href=\"{ArticleUrls.Page(slug)}\"", first.BodyHtml, StringComparison.Ordinal);
            Assert.Equal(1, (await db.Boards.SingleAsync(b => b.Id == thread.BoardId)).ThreadCount);
        }

        // Unpublishing hides it; publishing again shows the same thread, no second one.
        Assert.True((await world.Studio.UnpublishAsync(world.EditorId, id)).Succeeded);
        Assert.True(await HiddenAsync(threadId));
        Assert.True((await world.Studio.PublishAsync(world.EditorId, id)).Succeeded);
        Assert.False(await HiddenAsync(threadId));
        Assert.True((await world.Studio.ArchiveAsync(world.EditorId, id)).Succeeded);
        Assert.True(await HiddenAsync(threadId));
        Assert.Equal(threadId, await ThreadIdAsync(id));
        await using var read = world.Database.CreateDbContext();
        Assert.Equal(1, await read.Threads.CountAsync());
    }

    [Fact]
    public async Task Without_models_the_thread_opens_in_the_configured_board_even_for_a_brand_new_editor()
    {
        // The editor joined seconds ago (a "new member" for the posting limits) and posts twice within the cooldown.
        var first = await world.PublishedAsync(PublishingWorld.Draft("Service notice one"));
        var second = await world.PublishedAsync(PublishingWorld.Draft("Service notice two"));

        await using var db = world.Database.CreateDbContext();
        var boards = await db.Threads.Where(t => t.Id == db.Articles.Single(a => a.Id == first).ThreadId || t.Id == db.Articles.Single(a => a.Id == second).ThreadId)
            .Select(t => t.Board!.Slug).ToListAsync();
        Assert.Equal([new ArticleOptions().DiscussionBoard, new ArticleOptions().DiscussionBoard], boards);
    }

    [Fact]
    public async Task A_thread_a_moderator_hid_stays_hidden_when_the_article_is_republished()
    {
        var id = await world.PublishedAsync(PublishingWorld.Draft());
        var threadId = await ThreadIdAsync(id);
        Assert.True((await world.Database.Get<ForumModeration>().SetThreadHiddenAsync(world.EditorId, threadId, true, "Off-topic flame war")).Succeeded);

        Assert.True((await world.Studio.UnpublishAsync(world.EditorId, id)).Succeeded);
        Assert.True((await world.Studio.PublishAsync(world.EditorId, id)).Succeeded);

        await using var db = world.Database.CreateDbContext();
        var thread = await db.Threads.SingleAsync(t => t.Id == threadId);
        Assert.True(thread.IsHidden);
        Assert.Equal("Off-topic flame war", thread.HiddenReason);
    }

    [Fact]
    public async Task Owners_of_a_target_model_get_one_notification_a_day_and_the_bell_hears_of_it()
    {
        var vela = await world.Database.CreateMemberAsync("Vela owner");
        var nova = await world.Database.CreateMemberAsync("Nova owner");
        var both = await world.Database.CreateMemberAsync("Owns both");
        await world.Database.InsertVehicleAsync(vela, null, modelId: 1);
        await world.Database.InsertVehicleAsync(nova, null, modelId: 2);
        await world.Database.InsertVehicleAsync(both, null, modelId: 1);
        await world.Database.InsertVehicleAsync(both, null, modelId: 2);
        var bells = new List<string>();
        using var subscription = world.Database.Get<IActivityBus>().Subscribe(
            a =>
            {
                lock (bells)
                {
                    bells.Add(a.Target.Id);
                }

                return ValueTask.CompletedTask;
            },
            a => a.Kind == ActivityKinds.NotificationCreated);

        await world.PublishedAsync(PublishingWorld.Draft("Vela recall check", "Book the free check.", 1));
        await world.PublishedAsync(PublishingWorld.Draft("More Vela news", "A new colour.", 1));
        Assert.Equal(Sorted(both, vela), await NotifiedAsync());

        // Owning both models got the member one notification today already; the Nova owner had none.
        await world.PublishedAsync(PublishingWorld.Draft("Nova and Vela software", "Version 5 is out.", 2, 1));
        Assert.Equal(Sorted(both, nova, vela), await NotifiedAsync());

        // Republishing is not news again.
        int first;
        await using (var db = world.Database.CreateDbContext())
        {
            first = await db.Articles.Where(a => a.Title == "Vela recall check").Select(a => a.Id).SingleAsync();
        }

        Assert.True((await world.Studio.UnpublishAsync(world.EditorId, first)).Succeeded);
        Assert.True((await world.Studio.PublishAsync(world.EditorId, first)).Succeeded);
        Assert.Equal(3, (await NotifiedAsync()).Count);

        // The next UTC day they may hear again.
        world.Database.Clock.Advance(TimeSpan.FromDays(1));
        await world.PublishedAsync(PublishingWorld.Draft("Nova tips", "Precondition the cabin.", 2));
        Assert.Equal(Sorted(both, both, nova, nova, vela), await NotifiedAsync());

        await Eventually.TrueAsync(() => { lock (bells) { return bells.Count == 5; } }, "a bell signal per notification");
        lock (bells)
        {
            Assert.Equal(Sorted(both, both, nova, nova, vela), Sorted([.. bells]));
        }

        await using var read = world.Database.CreateDbContext();
        var urls = await read.Notifications.Where(n => n.RecipientId == nova).OrderBy(n => n.At).Select(n => n.Url).ToListAsync();
        Assert.Equal([ArticleUrls.Page("nova-and-vela-software"), ArticleUrls.Page("nova-tips")], urls);
    }

    [Fact]
    public async Task Going_live_is_announced_and_going_dark_withdraws_it_and_the_ticker_history_lists_only_published_articles()
    {
        var heard = new List<ActivityEvent>();
        using var subscription = world.Database.Get<IActivityBus>().Subscribe(
            a =>
            {
                lock (heard)
                {
                    heard.Add(a);
                }

                return ValueTask.CompletedTask;
            },
            a => a.Target.Type == ActivityTarget.Article || a.Kind == ActivityKinds.Withdrawn);

        var live = await world.PublishedAsync(PublishingWorld.Draft("Stays live"));
        var dark = await world.PublishedAsync(PublishingWorld.Draft("Goes dark"));
        await world.CreateAsync(PublishingWorld.Draft("Never published"));
        Assert.True((await world.Studio.UnpublishAsync(world.EditorId, dark)).Succeeded);

        long darkThread;
        await using (var db = world.Database.CreateDbContext())
        {
            darkThread = await db.Articles.Where(a => a.Id == dark).Select(a => a.ThreadId).SingleAsync() ?? 0;
        }

        await Eventually.TrueAsync(() => { lock (heard) { return heard.Count == 4; } }, "two announcements and the withdrawals of an article and its thread");
        lock (heard)
        {
            Assert.Equal([ActivityKinds.ArticlePublished, ActivityKinds.ArticlePublished, ActivityKinds.Withdrawn, ActivityKinds.Withdrawn], heard.Select(h => h.Kind));
            Assert.Equal((ActivityTarget.Article, dark.ToString(System.Globalization.CultureInfo.InvariantCulture)), (heard[2].Target.Type, heard[2].Target.Id));
            Assert.Equal((ActivityTarget.Thread, darkThread.ToString(System.Globalization.CultureInfo.InvariantCulture)), (heard[3].Target.Type, heard[3].Target.Id));
            Assert.Equal("Editor Lin", heard[0].ActorName);
        }

        var history = world.Database.Get<IEnumerable<IActivityHistory>>().Single(h => h.GetType().Name == "ArticleActivityHistory");
        var recent = await history.RecentAsync(10);
        var line = Assert.Single(recent);
        Assert.Equal(live.ToString(System.Globalization.CultureInfo.InvariantCulture), line.Target.Id);
        Assert.Equal(ActivityKinds.ArticlePublished, line.Kind);
    }

    private static List<string> Sorted(params string[] ids) => [.. ids.Order(StringComparer.Ordinal)];

    private async Task<List<string>> NotifiedAsync()
    {
        await using var db = world.Database.CreateDbContext();
        return Sorted([.. await db.Notifications.Where(n => n.Kind == NotificationKind.ArticlePublished).Select(n => n.RecipientId).ToListAsync()]);
    }

    private async Task<ArticleStatus> StatusAsync(int id)
    {
        await using var db = world.Database.CreateDbContext();
        return await db.Articles.Where(a => a.Id == id).Select(a => a.Status).SingleAsync();
    }

    private async Task<long> ThreadIdAsync(int id)
    {
        await using var db = world.Database.CreateDbContext();
        return await db.Articles.Where(a => a.Id == id).Select(a => a.ThreadId).SingleAsync() ?? throw new InvalidOperationException("no thread");
    }

    private async Task<bool> HiddenAsync(long threadId)
    {
        await using var db = world.Database.CreateDbContext();
        return await db.Threads.Where(t => t.Id == threadId).Select(t => t.IsHidden).SingleAsync();
    }
}
