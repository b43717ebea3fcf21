using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using Portal.Domain.Accounts;
using Portal.Domain.Activity;
using Portal.Domain.Notifications;
using Portal.Notifications;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Notifications;

/// <summary>The notifications page against the real NotificationService and bus: sentences, unread marks, opening, mark all, live updates.</summary>
public sealed class NotificationsPageTests : PortalComponentTest
{
    private TestDatabase database = null!;
    private string me = "";
    private string wang = "";
    private string lin = "";

    protected override async Task InitializeTestAsync()
    {
        database = await TestDatabase.CreateAsync();
        me = await database.CreateMemberAsync("Chen Xiao");
        wang = await database.CreateMemberAsync("王磊");
        lin = await database.CreateMemberAsync("Lin <i>the</i> tester");
        Services.AddSingleton(database.Get<NotificationService>());
        Services.AddSingleton(database.Get<IActivityBus>());
        UseViewerPreferences();
    }

    protected override Task DisposeTestAsync() => database.DisposeAsync().AsTask();

    [Fact]
    public async Task Each_kind_reads_as_a_sentence_with_the_actor_and_subject_newest_first()
    {
        await AddAsync(NotificationKind.Reply, wang, "冬季续航记录", minutesAgo: 1);
        await AddAsync(NotificationKind.Mention, lin, "Winter <tyres> & chains", minutesAgo: 2);
        await AddAsync(NotificationKind.Reaction, wang, "Charging at home", minutesAgo: 3);
        await AddAsync(NotificationKind.AnswerAccepted, wang, "Which wallbox?", minutesAgo: 4);
        await AddAsync(NotificationKind.EventReminder, null, "Spring drive to Moganshan", minutesAgo: 5);

        var cut = await RenderPageAsync();

        Assert.Equal(
        [
            "王磊 replied in “冬季续航记录”",
            "Lin <i>the</i> tester mentioned you in “Winter <tyres> & chains”",
            "王磊 reacted to your post in “Charging at home”",
            "王磊 accepted your answer in “Which wallbox?”",
            "Reminder: “Spring drive to Moganshan” is coming up",
        ], cut.FindAll("[data-testid=notification-text]").Select(e => e.TextContent));
        Assert.Equal(["STRONG"], cut.FindAll("[data-testid=notification-text]")[1].QuerySelectorAll("*").Select(e => e.TagName));
        Assert.Equal("5 unread", cut.Find("[data-testid=unread-count]").TextContent.Trim());
        Assert.All(cut.FindAll("[data-testid=notification]"), n => Assert.Contains("portal-notification--unread", n.ClassName, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Chinese_sentences_follow_chinese_word_order()
    {
        using var chinese = new CultureScope("zh-CN");
        await AddAsync(NotificationKind.Reply, wang, "冬季续航记录", minutesAgo: 1);
        await AddAsync(NotificationKind.AnswerAccepted, lin, "家用充电桩选哪个？", minutesAgo: 2);

        var cut = await RenderPageAsync();

        Assert.Equal(["王磊 回复了“冬季续航记录”", "Lin <i>the</i> tester 采纳了你在“家用充电桩选哪个？”中的回答"],
            cut.FindAll("[data-testid=notification-text]").Select(e => e.TextContent));
    }

    [Fact]
    public async Task Opening_one_marks_it_read_and_goes_to_its_post()
    {
        var id = await AddAsync(NotificationKind.Reply, wang, "冬季续航记录", minutesAgo: 1, url: "/forums/t/7/winter?page=2#post-31");
        await AddAsync(NotificationKind.Mention, lin, "Other", minutesAgo: 2);
        var cut = await RenderPageAsync();

        await cut.InvokeAsync(() => cut.FindAll("[data-testid=notification] a")[0].Click());

        Assert.Equal("http://localhost/forums/t/7/winter?page=2#post-31", Services.GetRequiredService<NavigationManager>().Uri);
        await using var db = database.CreateDbContext();
        Assert.NotNull((await db.Notifications.SingleAsync(n => n.Id == id)).ReadAt);
        Assert.Equal(1, await database.Get<NotificationService>().CountUnreadAsync(me));
    }

    [Fact]
    public async Task Mark_all_as_read_clears_every_highlight()
    {
        await AddAsync(NotificationKind.Reply, wang, "One", minutesAgo: 1);
        await AddAsync(NotificationKind.Reaction, lin, "Two", minutesAgo: 2);
        var cut = await RenderPageAsync();

        await cut.InvokeAsync(() => cut.Find("[data-testid=mark-all]").Click());

        cut.WaitForAssertion(() => Assert.Empty(cut.FindAll(".portal-notification--unread")));
        Assert.Equal("All caught up", cut.Find("[data-testid=unread-count]").TextContent.Trim());
        Assert.True(cut.Find("[data-testid=mark-all]").HasAttribute("disabled"));
        Assert.Contains("2 notifications marked as read.", Services.GetRequiredService<ISnackbar>().ShownSnackbars.Select(s => s.Message));
        Assert.Equal(0, await database.Get<NotificationService>().CountUnreadAsync(me));
    }

    [Fact]
    public async Task A_new_one_appears_on_top_and_ones_read_elsewhere_lose_their_mark_without_a_reload()
    {
        await AddAsync(NotificationKind.Reply, wang, "One", minutesAgo: 5);
        var cut = await RenderPageAsync();

        await AddAsync(NotificationKind.Mention, lin, "Two", minutesAgo: 0);
        await database.Get<IActivityBus>().PublishNotificationsAsync([me], database.Clock.GetUtcNow());

        cut.WaitForAssertion(() => Assert.Equal(2, cut.FindAll("[data-testid=notification]").Count));
        Assert.StartsWith("Lin <i>the</i> tester mentioned you", cut.FindAll("[data-testid=notification-text]")[0].TextContent, StringComparison.Ordinal);
        Assert.Equal("2 unread", cut.Find("[data-testid=unread-count]").TextContent.Trim());

        await database.Get<NotificationService>().MarkAllReadAsync(me); // another tab
        cut.WaitForAssertion(() => Assert.Empty(cut.FindAll(".portal-notification--unread")));
        Assert.Equal("All caught up", cut.Find("[data-testid=unread-count]").TextContent.Trim());
    }

    [Fact]
    public async Task Older_ones_load_below_on_request()
    {
        for (var i = 0; i < NotificationService.PageSize + 2; i++)
        {
            await AddAsync(NotificationKind.Reaction, lin, $"Thread {i}", minutesAgo: i);
        }

        var cut = await RenderPageAsync();
        Assert.Equal(NotificationService.PageSize, cut.FindAll("[data-testid=notification]").Count);

        await cut.InvokeAsync(() => cut.Find("[data-testid=older]").Click());

        cut.WaitForAssertion(() => Assert.Equal(NotificationService.PageSize + 2, cut.FindAll("[data-testid=notification]").Count));
        Assert.Empty(cut.FindAll("[data-testid=older]"));
    }

    [Fact]
    public async Task Nothing_yet_says_what_brings_notifications_and_links_the_forums()
    {
        var cut = await RenderPageAsync();

        Assert.Contains("No notifications yet", cut.Markup, StringComparison.Ordinal);
        Assert.Contains(cut.FindAll("a"), a => a.GetAttribute("href") == "/forums");
        Assert.Empty(cut.FindAll("[data-testid=mark-all]"));
    }

    private async Task<IRenderedComponent<NotificationsPage>> RenderPageAsync()
    {
        await SignInMemberAsync(me, "chen@tests.portal.test", Roles.Owner);
        SetRendererInfo(new RendererInfo("Server", isInteractive: true));
        var cut = Render<NotificationsPage>();
        cut.WaitForAssertion(() => Assert.Empty(cut.FindAll(".mud-progress-linear")));
        return cut;
    }

    private async Task<long> AddAsync(NotificationKind kind, string? actorId, string subject, int minutesAgo, string url = "/forums/t/1/thread#post-2")
    {
        await using var db = database.CreateDbContext();
        var notification = new Notification { RecipientId = me, Kind = kind, ActorId = actorId, Subject = subject, Url = url, At = database.Clock.GetUtcNow().AddMinutes(-minutesAgo) };
        db.Notifications.Add(notification);
        await db.SaveChangesAsync();
        return notification.Id;
    }
}
