using Portal.Domain.Accounts;
using Portal.Domain.Forums;

namespace Portal.Tests.Forums;

public sealed class ForumReportCounterTests : IAsyncLifetime
{
    private ForumWorld world = null!;

    private ForumReportCounter Counter => world.Database.Get<ForumReportCounter>();

    public async Task InitializeAsync() => world = await ForumWorld.CreateAsync();

    public async Task DisposeAsync() => await world.DisposeAsync();

    [Fact]
    public async Task Counts_open_reports_for_moderators_and_stops_counting_resolved_ones()
    {
        var editor = await world.VeteranAsync("Editor", Roles.Editor);
        var author = await world.VeteranAsync("Spammer");
        var spam = await world.ThreadAsync(author, "Cheap tyres here", "Visit my shop for cheap tyres, best prices.");
        var rude = await world.ReplyAsync(author, spam.ThreadId, "Anyone who disagrees is an idiot.");
        await world.Interactions.ReportAsync(await world.VeteranAsync("A"), spam.PostId, ReportReason.Spam, null);
        await world.Interactions.ReportAsync(await world.VeteranAsync("B"), spam.PostId, ReportReason.Spam, null);
        await world.Interactions.ReportAsync(await world.VeteranAsync("C"), rude.PostId, ReportReason.Abusive, null);

        var before = await Counter.CountOpenAsync(editor);
        await world.Reports.ResolveAsync(editor, spam.PostId, ReportAction.Dismiss, null);
        var after = await Counter.CountOpenAsync(editor);

        Assert.Equal((3, 1), (before.Value, after.Value));
    }

    [Fact]
    public async Task Owners_may_not_count()
    {
        var owner = await world.VeteranAsync("Lin");

        var result = await Counter.CountOpenAsync(owner);

        Assert.Equal(ForumProblems.Forbidden, Assert.Single(result.Problems).Code);
    }
}
