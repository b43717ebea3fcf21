using Bunit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using Portal.Console.Segments;
using Portal.Domain.Accounts;
using Portal.Domain.Engagement;
using Portal.Domain.Segments;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Segments;

/// <summary>The builder on a real database with a fake clock: adding a condition recounts the size after the debounce; the sample is audited.</summary>
public sealed class SegmentBuilderTests : PortalComponentTest
{
    private TestDatabase database = null!;
    private string operatorId = "";

    protected override async Task InitializeTestAsync()
    {
        database = await TestDatabase.CreateAsync();
        operatorId = await database.CreateMemberAsync("Operator", Roles.Operator);
        for (var i = 0; i < 6; i++)
        {
            await database.InsertVehicleAsync(await database.CreateMemberAsync($"Nova owner {i}"), vin: null, modelId: 1, year: 2024);
        }

        for (var i = 0; i < 3; i++)
        {
            await database.InsertVehicleAsync(await database.CreateMemberAsync($"Vela owner {i}"), vin: null, modelId: 2, year: 2024);
        }

        Services.AddSingleton(database.Get<SegmentEvaluator>());
        Services.AddSingleton(database.Get<SegmentMembers>());
        Services.AddSingleton(database.Get<PrivacyFloor>());
        Services.AddSingleton<TimeProvider>(database.Clock);
    }

    protected override Task DisposeTestAsync() => database.DisposeAsync().AsTask();

    [Fact]
    public void Adding_a_condition_recounts_the_size_once_the_changes_settle()
    {
        var popovers = Render<MudPopoverProvider>();
        SegmentDefinition? latest = null;
        var cut = Render<SegmentBuilder>(p => p
            .Add(b => b.Definition, SegmentDefinition.Everyone)
            .Add(b => b.Options, SegmentOptions.None)
            .Add(b => b.OperatorId, operatorId)
            .Add(b => b.DefinitionChanged, d => latest = d));
        cut.WaitForAssertion(() => Assert.Equal("10 members", cut.Find("[data-testid=segment-size-value]").TextContent));
        Assert.Empty(cut.FindAll("[data-testid=segment-counting]"));

        cut.Find("[data-testid=add-condition] button").Click();
        popovers.WaitForElement("[data-testid=add-ownsModel]").Click();

        Assert.Equal(new OwnsModelCondition(1), Assert.Single(latest!.Root.Conditions));
        cut.WaitForAssertion(() => Assert.Single(cut.FindAll("[data-testid=condition-ownsModel]")));
        Assert.Single(cut.FindAll("[data-testid=segment-counting]")); // waiting for the debounce: still the old size
        Assert.Equal("10 members", cut.Find("[data-testid=segment-size-value]").TextContent);

        database.Clock.Advance(TimeSpan.FromMilliseconds(300));

        cut.WaitForAssertion(() => Assert.Equal("6 members", cut.Find("[data-testid=segment-size-value]").TextContent));
        Assert.Empty(cut.FindAll("[data-testid=segment-counting]"));
    }

    [Fact]
    public async Task A_small_segment_reads_fewer_than_5_and_the_sample_of_a_larger_one_is_audited()
    {
        Render<MudPopoverProvider>();
        var vela = SegmentDefinition.AllOf(new OwnsModelCondition(2));
        var small = Render<SegmentBuilder>(p => p.Add(b => b.Definition, vela).Add(b => b.Options, SegmentOptions.None).Add(b => b.OperatorId, operatorId));
        small.WaitForAssertion(() => Assert.Equal("fewer than 5 members", small.Find("[data-testid=segment-size-value]").TextContent));
        Assert.True(small.Find("[data-testid=show-sample]").HasAttribute("disabled"));

        var nova = SegmentDefinition.AllOf(new OwnsModelCondition(1));
        var cut = Render<SegmentBuilder>(p => p.Add(b => b.Definition, nova).Add(b => b.Options, SegmentOptions.None).Add(b => b.OperatorId, operatorId).Add(b => b.SegmentId, 7));
        cut.WaitForAssertion(() => Assert.Equal("6 members", cut.Find("[data-testid=segment-size-value]").TextContent));
        cut.Find("[data-testid=show-sample]").Click();

        cut.WaitForAssertion(() => Assert.Equal(6, cut.FindAll("[data-testid=segment-sample] tbody tr").Count));
        Assert.All(cut.FindAll("[data-testid=segment-sample] tbody th a"), a => Assert.StartsWith("/console/members/", a.GetAttribute("href"), StringComparison.Ordinal));
        await using var db = database.CreateDbContext();
        var audit = await db.AuditEntries.SingleAsync();
        Assert.Equal((AuditActions.SegmentMembersViewed, operatorId, "Segment", "7"), (audit.Action, audit.ActorId, audit.TargetType, audit.TargetId));
    }
}
