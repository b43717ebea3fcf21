using Bunit;
using Microsoft.Extensions.DependencyInjection;
using Portal.Domain.Accounts;
using Portal.Domain.Forums;
using Portal.Domain.Notifications;
using Portal.Forums;
using Portal.Forums.Search;
using Portal.Notifications;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Accounts;

/// <summary>
/// The deleted member is named in the reader's language wherever a name is shown (<c>MemberNames</c>), never as the
/// stored English, and its avatar is a plain figure rather than the initial "D".
/// </summary>
public sealed class DeletedMemberNameTests : PortalComponentTest
{
    private const string Chinese = "已注销会员";
    private static readonly DateTimeOffset At = new(2026, 3, 15, 9, 30, 0, TimeSpan.Zero);
    private static readonly MemberSummary Deleted = new(DeletedMember.Id, DeletedMember.StoredName, null, false, false);
    private static readonly MemberSummary Wang = new("wang", "王磊", null, true, false);

    protected override Task InitializeTestAsync()
    {
        Services.AddSingleton<TimeProvider>(new Microsoft.Extensions.Time.Testing.FakeTimeProvider(At));
        UseViewerPreferences(culture: "zh-CN");
        return Task.CompletedTask;
    }

    [Fact]
    public void A_notification_from_the_deleted_member_names_it_in_chinese()
    {
        using var chinese = new CultureScope("zh-CN");

        var cut = Render<NotificationList>(p => p.Add(c => c.Items, [new NotificationItem(1, NotificationKind.Reply, Deleted, "冬季续航记录", "/forums/t/1", At, IsRead: false)]));

        Assert.Equal($"{Chinese} 回复了“冬季续航记录”", cut.Find("[data-testid=notification-text]").TextContent);
        Assert.DoesNotContain(DeletedMember.StoredName, cut.Markup, StringComparison.Ordinal);
    }

    [Fact]
    public void A_thread_row_by_the_deleted_member_names_it_in_chinese_with_no_initial()
    {
        using var chinese = new CultureScope("zh-CN");
        var thread = new ThreadListItem(1, "冬季续航记录", "winter", Deleted, Wang, At, At, 2, 0, 5, false, false, false, false, []);

        var cut = Render<ThreadRow>(p => p.Add(c => c.Thread, thread));

        Assert.Equal(Chinese, cut.Find("[data-testid=deleted-member]").TextContent);
        var avatar = cut.Find("[data-testid=deleted-avatar]");
        Assert.Equal("", avatar.TextContent.Trim());
        Assert.DoesNotContain(DeletedMember.StoredName, cut.Markup, StringComparison.Ordinal);
    }

    [Fact]
    public void A_search_hit_by_the_deleted_member_names_it_in_chinese_in_its_only_this_author_button()
    {
        using var chinese = new CultureScope("zh-CN");
        var hit = new SearchHit(new PostLocation(1, "winter", 10, 1), "冬季续航记录", "General", "综合", Deleted, At, "<mark>续航</mark>");

        var cut = Render<PostHitCard>(p => p.Add(c => c.Hit, hit).Add(c => c.AuthorUrl, id => $"/forums/search?author={id}"));

        Assert.Equal(Chinese, cut.Find("[data-testid=deleted-member]").TextContent);
        Assert.Contains(cut.FindAll("a[aria-label]"), a => a.GetAttribute("aria-label")!.Contains(Chinese, StringComparison.Ordinal));
        Assert.DoesNotContain(DeletedMember.StoredName, cut.Markup, StringComparison.Ordinal);
    }

    [Fact]
    public void A_real_members_avatar_keeps_their_initials()
    {
        var cut = Render<Portal.Accounts.MemberAvatar>(p => p.Add(c => c.DisplayName, "Lin Tester").Add(c => c.MemberId, "lin"));

        Assert.Equal("LT", cut.Find(".portal-avatar").TextContent.Trim());
    }
}
