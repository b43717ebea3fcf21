using Microsoft.EntityFrameworkCore;
using Portal.Domain.Accounts;
using Portal.Domain.Accounts.Erasure;
using Portal.Domain.Forums;

namespace Portal.Tests.Forums.Moderation;

/// <summary>
/// A reported post whose author erased their account stays under the deleted member: the queue still lists it, and
/// "silence the author" hides the post and is recorded as hiding (nobody to silence), on a real database.
/// </summary>
public sealed class DeletedAuthorReportTests : IAsyncLifetime
{
    private ForumWorld world = null!;
    private string editor = "";
    private PostLocation post = null!;

    public async Task InitializeAsync()
    {
        world = await ForumWorld.CreateAsync();
        editor = await world.VeteranAsync("Editor", Roles.Editor);
        var author = await world.VeteranAsync("Leaver");
        post = await world.ThreadAsync(author, "Cheap tyres here", "Visit my shop for cheap tyres, best prices.");
        Assert.True((await world.Interactions.ReportAsync(await world.VeteranAsync("Lin"), post.PostId, ReportReason.Spam, null)).Succeeded);
        Assert.True((await world.Database.Get<AccountEraser>().EraseAsync(author, removePosts: false)).Succeeded);
    }

    public async Task DisposeAsync() => await world.DisposeAsync();

    [Fact]
    public async Task The_queue_lists_the_post_under_the_deleted_member()
    {
        var queue = (await world.Reports.GetQueueAsync(editor)).Value!;

        var report = Assert.Single(queue);
        Assert.Equal((post.PostId, DeletedMember.Id), (report.PostId, report.Author.Member.Id));
    }

    [Fact]
    public async Task Silencing_the_deleted_member_hides_the_post_and_is_recorded_as_hiding()
    {
        var result = await world.Reports.ResolveAsync(editor, post.PostId, ReportAction.SilenceMember, ModerationReason.Spam, silenceDays: 7);

        Assert.True(result.Succeeded, string.Join(", ", result.Problems.Select(p => p.Code)));
        await using var db = world.Database.CreateDbContext();
        Assert.Equal((true, "spam"), await db.Posts.Where(p => p.Id == post.PostId).Select(p => ValueTuple.Create(p.IsHidden, p.HiddenReason)).SingleAsync());
        var decision = await db.ReportResolutions.SingleAsync();
        Assert.Equal((ReportAction.HidePost, null, DeletedMember.Id), (decision.Action, decision.SilenceDays, decision.AuthorId));
        Assert.Equal(ReportStatus.PostHidden, (await db.PostReports.SingleAsync()).Status);
        Assert.False(await db.AuditEntries.AnyAsync(a => a.Action == AuditActions.MemberSilenced));
        Assert.Null(await db.Users.IgnoreQueryFilters().Where(u => u.Id == DeletedMember.Id).Select(u => u.SilencedUntil).SingleAsync());
        Assert.Empty((await world.Reports.GetQueueAsync(editor)).Value!);
    }
}
