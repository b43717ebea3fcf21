using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Domain.Accounts;
using Portal.Domain.Data;
using Portal.Domain.Notifications;
using Portal.Tests.Forums;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Notifications;

public sealed class NotificationServiceTests : IAsyncLifetime
{
    private readonly CommandCounter counter = new();
    private TestDatabase database = null!;
    private string me = "";
    private string other = "";
    private string wang = "";

    private NotificationService Notifications => database.Get<NotificationService>();

    public async Task InitializeAsync()
    {
        database = await TestDatabase.CreateAsync(services => services.ConfigureDbContext<PortalDbContext>(o => o.AddInterceptors(counter)));
        me = await database.CreateMemberAsync("Chen Xiao");
        other = await database.CreateMemberAsync("Lin");
        wang = await database.CreateMemberAsync("王磊", Roles.Editor);
    }

    public async Task DisposeAsync() => await database.DisposeAsync();

    [Fact]
    public async Task Lists_only_the_members_own_notifications_newest_first_with_actor_badges()
    {
        await AddAsync(me, NotificationKind.Reply, wang, "冬季续航记录", minutesAgo: 30);
        await AddAsync(me, NotificationKind.Mention, other, "Winter tyres", minutesAgo: 5);
        await AddAsync(me, NotificationKind.EventReminder, null, "Spring drive", minutesAgo: 60);
        await AddAsync(other, NotificationKind.Reply, wang, "Not for me", minutesAgo: 1);

        var page = await Notifications.GetPageAsync(me, 1);

        Assert.Equal(["Winter tyres", "冬季续航记录", "Spring drive"], page.Items.Select(n => n.Subject));
        Assert.Equal(["Lin", "王磊", null], page.Items.Select(n => n.Actor?.DisplayName));
        Assert.True(page.Items[1].Actor!.IsStaff);
        Assert.Equal((1, false, 3), (page.Page, page.HasMore, page.UnreadCount));
        Assert.All(page.Items, n => Assert.False(n.IsRead));
    }

    [Fact]
    public async Task Pages_hold_page_size_items_and_say_when_there_are_more()
    {
        for (var i = 0; i < NotificationService.PageSize + 3; i++)
        {
            await AddAsync(me, NotificationKind.Reaction, other, $"Thread {i}", minutesAgo: i);
        }

        var first = await Notifications.GetPageAsync(me, 1);
        var second = await Notifications.GetPageAsync(me, 2);

        Assert.Equal((NotificationService.PageSize, true), (first.Items.Count, first.HasMore));
        Assert.Equal((3, false), (second.Items.Count, second.HasMore));
        Assert.Equal("Thread 0", first.Items[0].Subject);
        Assert.Equal("Thread 22", second.Items[^1].Subject);
        Assert.Empty(first.Items.Select(n => n.Id).Intersect(second.Items.Select(n => n.Id)));
    }

    [Fact]
    public async Task Actors_are_loaded_in_one_query_however_many_there_are()
    {
        for (var i = 0; i < 12; i++)
        {
            var actor = await database.CreateMemberAsync($"Actor {i}");
            await AddAsync(me, NotificationKind.Mention, actor, $"Thread {i}", minutesAgo: i);
        }

        counter.Reset();
        var page = await Notifications.GetPageAsync(me, 1);

        Assert.Equal(12, page.Items.Count(n => n.Actor is not null));
        Assert.Equal(3, counter.Count);
    }

    [Fact]
    public async Task Marking_one_read_changes_only_that_one_and_is_repeatable()
    {
        var first = await AddAsync(me, NotificationKind.Reply, other, "One", minutesAgo: 2);
        await AddAsync(me, NotificationKind.Reply, other, "Two", minutesAgo: 1);

        var marked = await Notifications.MarkReadAsync(me, first);
        var again = await Notifications.MarkReadAsync(me, first);

        Assert.True(marked.Succeeded && again.Succeeded);
        var page = await Notifications.GetPageAsync(me, 1);
        Assert.Equal([false, true], page.Items.Select(n => n.IsRead));
        Assert.Equal(1, page.UnreadCount);
        Assert.Equal(1, await Notifications.CountUnreadAsync(me));
        await using var db = database.CreateDbContext();
        Assert.Equal(TestDatabase.Start, (await db.Notifications.SingleAsync(n => n.Id == first)).ReadAt);
    }

    [Fact]
    public async Task Another_members_notification_cannot_be_marked_and_reads_as_not_found()
    {
        var theirs = await AddAsync(other, NotificationKind.Mention, wang, "Theirs", minutesAgo: 1);

        var result = await Notifications.MarkReadAsync(me, theirs);
        var missing = await Notifications.MarkReadAsync(me, theirs + 1000);

        Assert.Equal(NotificationProblems.NotFound, Assert.Single(result.Problems).Code);
        Assert.Equal(NotificationProblems.NotFound, Assert.Single(missing.Problems).Code);
        Assert.Equal(1, await Notifications.CountUnreadAsync(other));
    }

    [Fact]
    public async Task Mark_all_read_marks_the_members_unread_ones_and_nobody_elses()
    {
        var alreadyRead = await AddAsync(me, NotificationKind.Reply, other, "Old", minutesAgo: 9);
        await Notifications.MarkReadAsync(me, alreadyRead);
        await AddAsync(me, NotificationKind.Reply, other, "New 1", minutesAgo: 2);
        await AddAsync(me, NotificationKind.AnswerAccepted, other, "New 2", minutesAgo: 1);
        await AddAsync(other, NotificationKind.Reply, me, "Theirs", minutesAgo: 1);

        var marked = await Notifications.MarkAllReadAsync(me);

        Assert.Equal(2, marked);
        Assert.Equal(0, await Notifications.CountUnreadAsync(me));
        Assert.Equal(1, await Notifications.CountUnreadAsync(other));
        Assert.Equal(0, await Notifications.MarkAllReadAsync(me));
    }

    private async Task<long> AddAsync(string recipientId, NotificationKind kind, string? actorId, string subject, int minutesAgo)
    {
        await using var db = database.CreateDbContext();
        var notification = new Notification
        {
            RecipientId = recipientId,
            Kind = kind,
            ActorId = actorId,
            Subject = subject,
            Url = "/forums/t/1/thread#post-2",
            At = database.Clock.GetUtcNow().AddMinutes(-minutesAgo),
        };
        db.Notifications.Add(notification);
        await db.SaveChangesAsync();
        return notification.Id;
    }
}
