using System.Text.RegularExpressions;
using Bunit;
using Portal.Console.Audit;
using Portal.Domain.Accounts;
using Portal.Domain.Audit;
using Portal.Domain.Forums;
using Portal.Domain.Localization;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Audit;

/// <summary>
/// Every <see cref="AuditActions"/> constant (found by reflection), written as its writer writes it, reads as a sentence in
/// both languages: the actor and the target named and linked, never a resource key, a placeholder or a database id.
/// </summary>
public sealed class AuditSentenceTests : PortalComponentTest
{
    private AuditWorld world = default!;

    protected override async Task InitializeTestAsync()
    {
        world = await AuditWorld.CreateAsync();
        UseViewerPreferences();
    }

    protected override Task DisposeTestAsync() => world.DisposeAsync().AsTask();

    [Theory]
    [InlineData(PortalCultures.EnglishName, "made a change to")]
    [InlineData(PortalCultures.ChineseName, "更改了")]
    public async Task Every_action_reads_as_a_sentence_that_names_and_links_what_it_touched(string culture, string fallback)
    {
        await world.WriteEveryActionAsync();
        var lines = (await world.Log.PageAsync(new AuditQuery())).Lines;
        var actions = typeof(AuditActions).GetFields().Where(f => f.IsLiteral).Select(f => (string)f.GetRawConstantValue()!).Order().ToList();
        Assert.Equal(actions, lines.Select(l => l.Action).Distinct().Order());
        using var scope = new CultureScope(culture);

        foreach (var line in lines)
        {
            var cut = Render<AuditSentence>(p => p.Add(c => c.Line, line));
            var text = cut.Find("[data-testid=audit-sentence]").TextContent.Trim();
            var what = $"{line.Action} → “{text}”";
            Assert.DoesNotMatch(@"Audit\.|Action\.|Target\.|Report\.|\{\d\}", text);
            Assert.StartsWith("Operator Zhou ", text, StringComparison.Ordinal);
            Assert.True(text.Length > "Operator Zhou ".Length + 3, what);
            Assert.False(text.Contains(fallback, StringComparison.Ordinal), $"no sentence of its own: {what}");
            Assert.False(text.Contains(world.WangId, StringComparison.Ordinal) || text.Contains(world.OperatorId, StringComparison.Ordinal), what);
            foreach (var id in IdsOf(line))
            {
                Assert.False(Regex.IsMatch(text, $@"(?<![#\d]){id}(?!\d)"), $"names id {id}: {what}");
            }

            var links = cut.FindAll("a").Select(a => a.GetAttribute("href")).ToList();
            Assert.Equal(Portal.Console.ConsoleUrls.Member(world.OperatorId), links[0]);
            if (ExpectedLink(line.Target) is { } link)
            {
                string?[] expected = line.Place is null ? [link] : [link, ExpectedLink(line.Place)];
                Assert.Equal(expected, links.Skip(1));
            }
        }
    }

    [Fact]
    public async Task Sentences_read_naturally_in_both_languages()
    {
        await world.WriteEveryActionAsync();
        var lines = (await world.Log.PageAsync(new AuditQuery())).Lines;
        string Text(string action) => Render<AuditSentence>(p => p.Add(c => c.Line, lines.First(l => l.Action == action))).Find("[data-testid=audit-sentence]").TextContent.Trim();

        Assert.Equal("Operator Zhou verified Aurelia Vela 2024 of 王伟", Text(AuditActions.VehicleVerified));
        Assert.Equal("Operator Zhou gave 王伟 the Editor role", Text(AuditActions.RoleGranted));
        Assert.Equal("Operator Zhou did not verify Aurelia Vela 2024 of 王伟: Model or year does not match the VIN (“The registration says 2023”)", Text(AuditActions.VehicleRejected));
        Assert.Equal("Operator Zhou silenced 王伟 for 7 days: Selling chargers", Text(AuditActions.MemberSilenced));
        Assert.Equal("Operator Zhou marked “Winter range on the Vela” #2 as the official answer", Text(AuditActions.OfficialAnswer));
        Assert.Equal($"Operator Zhou moved the thread “Winter range on the Vela” from Charging & range to {world.To.Name}", Text(AuditActions.ThreadMoved));
        Assert.Equal("Operator Zhou downloaded the members of the segment “Vela owners in Shanghai” as CSV", Text(AuditActions.ConsoleExported));
        Assert.Equal("Operator Zhou undid the check-in of 王伟 at “Owners' meet-up at the West Bund”", Text(AuditActions.CheckInUndone));
        Assert.Equal("Operator Zhou edited the event “Owners' meet-up at the West Bund”: time, place", Text(AuditActions.EventEdited));
        Assert.Equal("Operator Zhou sent a message to 2 attendees of the event “Owners' meet-up at the West Bund”", Text(AuditActions.EventMessaged));
        using var chinese = new CultureScope(PortalCultures.ChineseName);
        Assert.Equal("Operator Zhou 认证了王伟的 Aurelia Vela 2024", Text(AuditActions.VehicleVerified));
        Assert.Equal("Operator Zhou 拒绝认证王伟的 Aurelia Vela 2024：车型或年款与车架号不符（“The registration says 2023”）", Text(AuditActions.VehicleRejected));
        Assert.Equal("Operator Zhou 将王伟禁言 7 天：Selling chargers", Text(AuditActions.MemberSilenced));
        Assert.Equal("Operator Zhou 排期了公告“春季充电聚会”，发送给分群“Vela owners in Shanghai”", Text(AuditActions.AnnouncementScheduled));
        Assert.Equal("Operator Zhou 撤销了王伟在“Owners' meet-up at the West Bund”的签到", Text(AuditActions.CheckInUndone));
        Assert.Equal("Operator Zhou 编辑了活动“Owners' meet-up at the West Bund”：时间、地点", Text(AuditActions.EventEdited));
    }

    [Fact]
    public async Task A_hidden_threads_preset_reason_reads_in_the_readers_language()
    {
        await world.WriteAsync(AuditActions.ThreadHidden, "thread", world.Thread.ThreadId, "spam: Tyre adverts");
        var line = (await world.Log.PageAsync(new AuditQuery())).Lines[0];
        string Text() => Render<AuditSentence>(p => p.Add(c => c.Line, line)).Find("[data-testid=audit-sentence]").TextContent.Trim();

        Assert.Equal("Operator Zhou hid the thread “Winter range on the Vela”: Spam or advertising: Tyre adverts", Text());
        using var chinese = new CultureScope(PortalCultures.ChineseName);
        Assert.Equal("Operator Zhou 隐藏了主题“Winter range on the Vela”：垃圾广告：Tyre adverts", Text());
    }

    [Fact]
    public async Task An_action_this_page_does_not_know_and_a_deleted_target_still_read_as_words()
    {
        await world.WriteAsync("future.something-new", "gadget", 42, "whatever");
        await world.WriteAsync(AuditActions.ThreadLocked, "thread", 9999, null);
        var lines = (await world.Log.PageAsync(new AuditQuery())).Lines;

        var locked = Render<AuditSentence>(p => p.Add(c => c.Line, lines[0]));
        var unknown = Render<AuditSentence>(p => p.Add(c => c.Line, lines[1]));

        Assert.Equal("Operator Zhou locked the thread (deleted)", locked.Find("[data-testid=audit-sentence]").TextContent.Trim());
        Assert.Single(locked.FindAll("a"));
        Assert.Equal("Operator Zhou made a change to an item", unknown.Find("[data-testid=audit-sentence]").TextContent.Trim());
    }

    private static IEnumerable<string> IdsOf(AuditLine line)
    {
        if (line.Target.Kind is not (AuditTargetKind.Member or AuditTargetKind.Report or AuditTargetKind.UnsavedSegment))
        {
            yield return line.Target.Id;
        }

        foreach (var board in new[] { line.From, line.To }.OfType<AuditTarget>())
        {
            yield return board.Id;
        }

        if (line.Place is not null)
        {
            yield return line.Place.Id;
        }

        if (line.Target.ThreadId is { } thread)
        {
            yield return thread.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }
    }

    private string? ExpectedLink(AuditTarget target) => target.Kind switch
    {
        AuditTargetKind.Member => $"/console/members/{target.Id}",
        AuditTargetKind.Vehicle => $"/console/members/{world.WangId}",
        AuditTargetKind.Thread => ForumUrls.Thread(world.Thread.ThreadId, world.Thread.Slug),
        AuditTargetKind.Post => ForumUrls.Post(world.Thread.ThreadId, world.Thread.Slug, target.Number!.Value),
        AuditTargetKind.Segment => $"/console/segments/{world.SegmentId}",
        AuditTargetKind.Announcement => $"/console/announcements/{world.AnnouncementId}",
        AuditTargetKind.Journey => $"/console/journeys/{world.JourneyId}",
        AuditTargetKind.Event => $"/studio/events/{world.EventId}",
        _ => null,
    };
}
