using Portal.Domain;
using Portal.Domain.Segments;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Segments;

public sealed class SegmentServiceTests
{
    private static readonly SegmentDefinition NovaOwners = SegmentDefinition.AllOf(new OwnsModelCondition(1));

    [Fact]
    public async Task Segments_are_created_listed_renamed_and_deleted_with_unique_names()
    {
        await using var database = await TestDatabase.CreateAsync();
        var op = await database.CreateMemberAsync("Operator");
        var service = database.Get<SegmentService>();

        var created = await service.CreateAsync(new SegmentInput("  Nova owners ", " ", NovaOwners), op, CancellationToken.None);
        Assert.True(created.Succeeded);
        Assert.Equal(("Nova owners", (string?)null), (created.Value!.Name, created.Value.Description));
        var second = await service.CreateAsync(new SegmentInput("Vela owners", "Every Vela", SegmentDefinition.AllOf(new OwnsModelCondition(2))), op, CancellationToken.None);

        var taken = await service.CreateAsync(new SegmentInput("Nova owners", null, NovaOwners), op, CancellationToken.None);
        Assert.Equal(SegmentProblems.NameTaken, Assert.Single(taken.Problems).Code);
        Assert.Equal(SegmentProblems.NameTaken, Assert.Single((await service.UpdateAsync(second.Value!.Id, new SegmentInput("Nova owners", null, NovaOwners), CancellationToken.None)).Problems).Code);

        database.Clock.Advance(TimeSpan.FromHours(1));
        var renamed = await service.UpdateAsync(created.Value.Id, new SegmentInput("Nova owners 2024", null, SegmentDefinition.AllOf(new OwnsModelCondition(1, 2024))), CancellationToken.None);
        Assert.True(renamed.Succeeded);
        var read = await service.GetAsync(created.Value.Id, CancellationToken.None);
        Assert.Equal(new OwnsModelCondition(1, 2024), Assert.Single(read!.Definition.Root.Conditions));
        Assert.Equal(read.CreatedAt.AddHours(1), read.UpdatedAt);
        Assert.Equal(["Nova owners 2024", "Vela owners"], (await service.ListAsync(CancellationToken.None)).Select(s => s.Name));

        Assert.True((await service.DeleteAsync(second.Value.Id, CancellationToken.None)).Succeeded);
        Assert.Equal(SegmentProblems.NotFound, Assert.Single((await service.DeleteAsync(second.Value.Id, CancellationToken.None)).Problems).Code);
        Assert.Equal(SegmentProblems.NotFound, Assert.Single((await service.UpdateAsync(second.Value.Id, new SegmentInput("X", null, NovaOwners), CancellationToken.None)).Problems).Code);
        Assert.Single(await service.ListAsync(CancellationToken.None));
    }

    [Fact]
    public async Task A_refused_segment_names_every_problem_and_writes_nothing()
    {
        await using var database = await TestDatabase.CreateAsync();
        var op = await database.CreateMemberAsync("Operator");
        var service = database.Get<SegmentService>();
        var bad = new SegmentDefinition(new SegmentGroup(SegmentMatch.All,
        [
            new OwnsModelCondition(99), new OwnsModelCondition(4, 2025), new RegionCondition(" "), new AccountAgeCondition(30, 10),
            new ActivityCondition(SegmentActivity.Posted, 0), new EventCondition(EventParticipation.SignedUp, 30, AtLeast: 0),
        ]));

        var result = await service.CreateAsync(new SegmentInput("", new string('x', Segment.DescriptionMaxLength + 1), bad), op, CancellationToken.None);

        Assert.Equal(
            [SegmentProblems.NameRequired, CommonProblems.TooLong, SegmentProblems.UnknownModel, SegmentProblems.BadYear, SegmentProblems.RegionRequired,
                SegmentProblems.BadAccountAge, SegmentProblems.BadWindow, SegmentProblems.BadAtLeast],
            result.Problems.Select(p => p.Code));
        Assert.Empty(await service.ListAsync(CancellationToken.None));
    }

    [Fact]
    public void Trees_too_large_or_too_deep_are_refused()
    {
        var wide = SegmentDefinition.AllOf([.. Enumerable.Range(0, SegmentRules.MaxConditions + 1).Select(_ => new VerifiedOwnerCondition())]);
        SegmentCondition deep = new VerifiedOwnerCondition();
        for (var i = 0; i < SegmentRules.MaxDepth; i++)
        {
            deep = new SegmentGroup(SegmentMatch.Any, [deep]);
        }

        Assert.Equal(SegmentProblems.TooComplex, Assert.Single(SegmentRules.Validate(wide, 2026)).Code);
        Assert.Equal(SegmentProblems.TooComplex, Assert.Single(SegmentRules.Validate(SegmentDefinition.AllOf(deep), 2026)).Code);
        Assert.Empty(SegmentRules.Validate(SegmentDefinition.AllOf(new SegmentGroup(SegmentMatch.Any, [new VerifiedOwnerCondition()])), 2026));
    }
}
