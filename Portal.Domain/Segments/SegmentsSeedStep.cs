using Portal.Domain.Engagement;
using Portal.Domain.Seeding;

namespace Portal.Domain.Segments;

/// <summary>
/// The demo's saved segments (names in English), created by the demo operator through <see cref="SegmentService"/> once
/// the engagement history exists, each with 60 days of size history and today's size. Idempotent: a segment whose name
/// exists is left alone and only missing days are filled.
/// </summary>
internal sealed class SegmentsSeedStep(SegmentService segments, SegmentSizes sizes) : IDemoSeedStep
{
    public const int HistoryDays = 60;

    public static IReadOnlyList<(string Name, string Description, SegmentDefinition Definition)> Demo { get; } =
    [
        ("At-risk members in Shanghai", "Members in Shanghai (上海) last active 30 to 90 days ago: who to win back first.",
            SegmentDefinition.AllOf(
                new SegmentGroup(SegmentMatch.Any, [new RegionCondition("上海"), new RegionCondition("Shanghai")]),
                new StageCondition(LifecycleStage.AtRisk))),
        ("At-risk Nova owners", "Aurelia Nova owners drifting away (the demo has too few in Shanghai alone to show).",
            SegmentDefinition.AllOf(new OwnsModelCondition(1), new StageCondition(LifecycleStage.AtRisk))),
        ("Verified Vela owners", "Aurelia Vela owners with a verified car.",
            SegmentDefinition.AllOf(new OwnsModelCondition(2), new VerifiedOwnerCondition())),
        ("Dormant members with a car without a VIN", "Nothing for 90 days or more, and a car in the garage still waiting for its VIN.",
            SegmentDefinition.AllOf(new StageCondition(LifecycleStage.Dormant), new CarWithoutVinCondition())),
    ];

    public int Order => 500;

    public bool AfterCommit => true;

    public async Task SeedAsync(DemoSeedContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var operatorId = context.Members.Single(m => m.Email == DemoAccounts.OperatorEmail).Id;
        var existing = (await segments.ListAsync(cancellationToken)).Select(s => s.Name).ToHashSet(StringComparer.Ordinal);
        foreach (var (name, description, definition) in Demo.Where(d => !existing.Contains(d.Name)))
        {
            await segments.CreateAsync(new SegmentInput(name, description, definition), operatorId, cancellationToken);
        }

        await sizes.BackfillAsync(HistoryDays, cancellationToken);
        await sizes.RecordAsync(cancellationToken);
    }
}
