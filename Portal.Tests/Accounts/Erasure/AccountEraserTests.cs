using Microsoft.EntityFrameworkCore;
using Portal.Domain.Accounts;
using Portal.Domain.Accounts.Erasure;
using Portal.Domain.Activity;
using Portal.Domain.Engagement;
using Portal.Domain.Events;
using Portal.Domain.Forums;
using Portal.Domain.Forums.Images;
using Portal.Domain.Notifications;
using Portal.Tests.Forums;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Accounts.Erasure;

/// <summary>
/// Account deletion on real SQLite, on a member with threads, replies, a photo, an avatar, reactions, a follow, a report,
/// a car, a seat at a full event with someone waiting, engagement rows and an audit entry: both variants (posts stay
/// under "deleted member", or go), and no table keeps the member's id or email afterwards.
/// </summary>
public sealed class AccountEraserTests : IAsyncLifetime
{
    private ForumWorld world = null!;

    private TestDatabase Database => world.Database;

    private AccountEraser Eraser => Database.Get<AccountEraser>();

    public async Task InitializeAsync() => world = await ForumWorld.CreateAsync();

    public async Task DisposeAsync() => await world.DisposeAsync();

    [Fact]
    public async Task Posts_stay_under_the_deleted_member_and_everything_personal_goes()
    {
        var lin = await LinWithEverythingAsync();

        var result = await Eraser.EraseAsync(lin.Id, removePosts: false);

        Assert.True(result.Succeeded);
        await AssertNothingPersonalLeftAsync(lin);
        await using var db = Database.CreateDbContext();
        var kept = await db.Posts.Where(p => p.Id == lin.AloneThread.PostId || p.Id == lin.SharedThread.PostId || p.Id == lin.Reply.PostId).ToListAsync();
        Assert.Equal(3, kept.Count);
        Assert.All(kept, p => Assert.Equal((DeletedMember.Id, false), (p.AuthorId, p.IsDeleted)));
        Assert.Contains(kept, p => p.Body.Contains("heat pump", StringComparison.Ordinal));
        Assert.Equal(DeletedMember.Id, (await db.Threads.SingleAsync(t => t.Id == lin.AloneThread.ThreadId)).AuthorId);

        // The thread page names the deleted member; the member's profile and the deleted member's are both 404s.
        var page = await world.Reader.GetThreadAsync(lin.SharedThread.ThreadId, 1, ForumViewer.Anonymous);
        Assert.Equal(DeletedMember.Id, page!.Posts[0].Author.Member.Id);
        Assert.Null(await Database.Get<MemberDirectory>().GetPublicProfileAsync(lin.Id));
        Assert.Null(await Database.Get<MemberDirectory>().GetPublicProfileAsync(DeletedMember.Id));
    }

    [Fact]
    public async Task Removing_posts_too_deletes_a_thread_nobody_answered_and_keeps_others_replies_under_a_removed_first_post()
    {
        var lin = await LinWithEverythingAsync();

        var result = await Eraser.EraseAsync(lin.Id, removePosts: true);

        Assert.True(result.Succeeded);
        await AssertNothingPersonalLeftAsync(lin);
        await using var db = Database.CreateDbContext();
        Assert.False(await db.Threads.AnyAsync(t => t.Id == lin.AloneThread.ThreadId));
        var shared = await db.Posts.Where(p => p.ThreadId == lin.SharedThread.ThreadId).OrderBy(p => p.Number).ToListAsync();
        Assert.Equal((true, "", ""), (shared[0].IsDeleted, shared[0].Body, shared[0].BodyHtml));
        Assert.Equal((false, lin.WangId), (shared[1].IsDeleted, shared[1].AuthorId));
        var reply = await db.Posts.SingleAsync(p => p.Id == lin.Reply.PostId);
        Assert.Equal((true, "", DeletedMember.Id), (reply.IsDeleted, reply.Body, reply.AuthorId));
        Assert.Empty((await world.Search.SearchAsync("gauge", null, null, 1, null)).Hits);
        Assert.Equal(0, await db.Database.SqlQuery<int>($"SELECT COUNT(*) AS Value FROM PostSearch WHERE rowid = {lin.Reply.PostId}").SingleAsync());
    }

    [Fact]
    public async Task The_deleted_member_cannot_be_erased_and_an_unknown_member_is_not_found()
    {
        Assert.Equal(AccountEraser.NotFound, (await Eraser.EraseAsync(DeletedMember.Id, removePosts: false)).Problems[0].Code);
        Assert.Equal(AccountEraser.NotFound, (await Eraser.EraseAsync("nobody", removePosts: false)).Problems[0].Code);
    }

    /// <summary>Every text column of every table: neither the member's id nor their email is left anywhere.</summary>
    private async Task AssertNothingPersonalLeftAsync(Lin lin)
    {
        await using var db = Database.CreateDbContext();
        foreach (var entity in db.Model.GetEntityTypes().Where(e => e.GetTableName() is not null && e.ClrType != typeof(Dictionary<string, object>)))
        {
            foreach (var column in entity.GetProperties().Where(p => p.ClrType == typeof(string)).Select(p => p.GetColumnName()))
            {
                var sql = $"SELECT COUNT(*) AS \"Value\" FROM \"{entity.GetTableName()}\" WHERE \"{column}\" = @p0 OR \"{column}\" = @p1";
                var found = await db.Database.SqlQueryRaw<int>(sql, lin.Id, lin.Email).SingleAsync();
                Assert.True(found == 0, $"{entity.GetTableName()}.{column} still holds the member ({found}).");
            }
        }

        Assert.Empty(Directory.EnumerateFiles(Database.Paths.Uploads, $"*{new string(lin.Id.Where(char.IsAsciiLetterOrDigit).ToArray())}*", SearchOption.AllDirectories));

        // Her reaction no longer counts; Wang's reaction on her post went with nothing of his.
        var wangPost = await db.Posts.SingleAsync(p => p.Id == lin.WangPost.PostId);
        Assert.Equal(0, wangPost.LikeCount);
        Assert.Equal(0, (await db.Threads.SingleAsync(t => t.Id == lin.WangPost.ThreadId)).ReactionCount);

        // Her seat went to Wang, who waited, and he was told.
        var wangSeat = await db.EventSignups.SingleAsync(s => s.MemberId == lin.WangId && s.EventId == lin.EventId);
        Assert.Equal(SignupStatus.Confirmed, wangSeat.Status);
        Assert.True(await db.Notifications.AnyAsync(n => n.RecipientId == lin.WangId && n.Kind == NotificationKind.EventPromoted));

        // Her report stays in the queue's history without her or her words; the audit entry about her keeps its action.
        var report = await db.PostReports.SingleAsync();
        Assert.Equal((DeletedMember.Id, null), (report.ReporterId, report.Text));
        Assert.Equal(DeletedMember.Id, (await db.AuditEntries.SingleAsync(a => a.Action == AuditActions.RoleGranted)).TargetId);
        Assert.Equal(1, await db.Users.IgnoreQueryFilters().CountAsync(u => u.Id == DeletedMember.Id));
        Assert.False(await db.Users.AnyAsync(u => u.Id == DeletedMember.Id));
    }

    [Fact]
    public async Task Every_ticker_line_naming_the_member_is_gone_at_the_next_read()
    {
        var lin = await LinWithEverythingAsync();
        var ticker = Database.Get<RecentActivity>();
        Assert.Contains(await ticker.LatestAsync(RecentActivity.Capacity), line => line.ActorId == lin.Id);

        Assert.True((await Eraser.EraseAsync(lin.Id, removePosts: false)).Succeeded);

        var lines = await ticker.LatestAsync(RecentActivity.Capacity);
        Assert.DoesNotContain(lines, line => line.ActorId == lin.Id || line.ActorName == "Lin");
        Assert.Contains(lines, line => line.ActorId == lin.WangId);
    }

    [Fact]
    public async Task A_ticker_already_showing_the_member_drops_their_lines_at_once()
    {
        var lin = await LinWithEverythingAsync();
        var showing = (await Database.Get<RecentActivity>().LatestAsync(RecentActivity.Capacity)).ToList();
        Assert.Contains(showing, line => line.ActorId == lin.Id);
        var heard = new System.Collections.Concurrent.ConcurrentQueue<ActivityEvent>();
        using var subscription = Database.Get<IActivityBus>().Subscribe(a => { heard.Enqueue(a); return ValueTask.CompletedTask; }, RecentActivity.IsTickerItem);

        Assert.True((await Eraser.EraseAsync(lin.Id, removePosts: false)).Succeeded);

        await Eventually.TrueAsync(() => heard.Any(a => a.Kind == ActivityKinds.Withdrawn && a.Target.Type == ActivityTarget.Member), "the withdrawal heard");
        foreach (var activity in heard)
        {
            RecentActivity.Apply(showing, activity, RecentActivity.Capacity);
        }

        Assert.DoesNotContain(showing, line => line.ActorId == lin.Id);
        Assert.Contains(showing, line => line.ActorId == lin.WangId);
    }

    private async Task<Lin> LinWithEverythingAsync()
    {
        var linId = await world.VeteranAsync("Lin");
        var wangId = await world.VeteranAsync("Wang");
        var operatorId = await world.VeteranAsync("Operator", Roles.Operator);
        var editorId = await world.VeteranAsync("Editor", Roles.Editor);
        await using (var db = Database.CreateDbContext())
        {
            // Lin's engagement: a raw event, her day, week and profile; and an audit entry about her.
            db.EngagementEvents.Add(new EngagementEvent { At = Database.Clock.GetUtcNow(), Kind = EngagementKinds.PageViewed, MemberId = linId, TargetType = "page", TargetId = "/", Region = "上海" });
            db.EngagementMemberDays.Add(new EngagementMemberDay { MemberId = linId, Day = 1, Kind = EngagementKinds.PageViewed, Count = 3 });
            db.EngagementMemberWeeks.Add(new EngagementMemberWeek { MemberId = linId, Week = 1 });
            db.EngagementActiveDays.Add(new EngagementActiveDay { Day = 1, Actor = linId, IsMember = true });
            db.EngagementProfiles.Add(new EngagementProfile { MemberId = linId, JoinedAt = Database.Clock.GetUtcNow(), Region = "上海" });
            db.AuditEntries.Add(new AuditEntry { ActorId = operatorId, Action = AuditActions.RoleGranted, TargetType = "Member", TargetId = linId, Detail = Roles.Editor, At = Database.Clock.GetUtcNow() });
            await db.SaveChangesAsync();
        }

        await Database.InsertVehicleAsync(linId, "LVVDB21B5RD000001", verified: true);
        Assert.True((await Database.Get<ProfileService>().SetAvatarAsync(linId, new MemoryStream(TestImages.Png(300, 300)))).Succeeded);
        var photo = await Database.Get<PostImageUploads>().UploadAsync(linId, new MemoryStream(TestImages.Png(640, 480)));
        Assert.True(photo.Succeeded);

        var alone = await world.ThreadAsync(linId, "Heat pump questions", "Does the heat pump help in Harbin winters?");
        var shared = await world.ThreadAsync(linId, "Charging cards in Shanghai", "Which charging card do you use around Shanghai?");
        await world.ReplyAsync(wangId, shared.ThreadId, "The State Grid card works almost everywhere.");
        var wangPost = await world.ThreadAsync(wangId, "Tyre pressure in winter", "What pressure do you run when it is cold?");
        var reply = await world.ReplyAsync(linId, wangPost.ThreadId, $"2.5 bar, and my photo of the gauge: ![gauge]({photo.Value!.Url})");
        Assert.True((await world.Interactions.ToggleReactionAsync(linId, wangPost.PostId, ReactionKind.Like)).Succeeded);
        Assert.True((await world.Interactions.ToggleReactionAsync(wangId, shared.PostId, ReactionKind.Helpful)).Succeeded);
        Assert.True((await world.Interactions.SetFollowAsync(linId, wangPost.ThreadId, follow: true)).Succeeded);
        Assert.True((await world.Interactions.ReportAsync(linId, wangPost.PostId, ReportReason.Spam, "Lin thinks this is an advert")).Succeeded);

        // A full event: Lin has the one seat, Wang waits.
        var eventId = await PublishedEventAsync(editorId);
        Assert.True((await Database.Get<EventSignupService>().SignUpAsync(linId, eventId, new SignupRequest(0))).Succeeded);
        Assert.Equal(SignupStatus.Waitlisted, (await Database.Get<EventSignupService>().SignUpAsync(wangId, eventId, new SignupRequest(0))).Value!.Status);

        await using var check = Database.CreateDbContext();
        var email = await check.Users.Where(u => u.Id == linId).Select(u => u.Email!).SingleAsync();
        Assert.True(await check.Notifications.AnyAsync(n => n.RecipientId == linId));
        return new Lin(linId, email, wangId, alone, shared, reply, wangPost, eventId);
    }

    private async Task<int> PublishedEventAsync(string editorId)
    {
        var start = Database.Clock.GetUtcNow().UtcDateTime.Date.AddDays(10).AddHours(11);
        var studio = Database.Get<EventStudio>();
        var created = await studio.CreateAsync(editorId, new EventDraft
        {
            Title = "Owners' meet-up at the West Bund",
            Description = "Coffee and cars.",
            StartsLocal = start,
            EndsLocal = start.AddHours(2),
            TimeZoneId = "Asia/Shanghai",
            City = "上海",
            Venue = "West Bund Art Centre",
            Capacity = 1,
            WaitlistEnabled = true,
        });
        Assert.True(created.Succeeded, string.Join(", ", created.Problems.Select(p => p.Code)));
        Assert.True((await studio.PublishAsync(editorId, created.Value)).Succeeded);
        return created.Value;
    }

    private sealed record Lin(string Id, string Email, string WangId, PostLocation AloneThread, PostLocation SharedThread, PostLocation Reply, PostLocation WangPost, int EventId);
}
