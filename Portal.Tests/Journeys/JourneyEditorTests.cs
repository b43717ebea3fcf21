using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Console.Journeys;
using Portal.Domain.Accounts;
using Portal.Domain.Engagement;
using Portal.Domain.Journeys;
using Portal.Domain.Segments;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Journeys;

/// <summary>The journey editor on the real service and database: refused fields show their message in the form, nothing is saved until they are fixed.</summary>
public sealed class JourneyEditorTests : PortalComponentTest
{
    private TestDatabase database = null!;

    protected override async Task InitializeTestAsync()
    {
        database = await TestDatabase.CreateAsync();
        Services.AddSingleton(database.Get<JourneyService>());
        Services.AddSingleton(database.Get<SegmentService>());
        Services.AddSingleton(database.Get<PrivacyFloor>());
        UseViewerPreferences();
        await SignInAsync("operator", Roles.Operator);
        SetRendererInfo(new RendererInfo("Server", isInteractive: true));
    }

    protected override Task DisposeTestAsync() => database.DisposeAsync().AsTask();

    [Fact]
    public async Task Refused_fields_show_their_messages_in_the_form_and_nothing_is_saved()
    {
        var cut = Render<JourneyEditorPage>();
        cut.Find("[data-testid=add-Wait]").Click();
        cut.Find("[data-testid=add-Action]").Click();

        await cut.Find("[data-testid=save-journey]").ClickAsync(new());

        // The wait is fine; the message has no text. The problem shows under the step it belongs to.
        cut.WaitForAssertion(() => Assert.Equal(
            "Write the message in English and in Chinese.",
            Assert.Single(cut.FindAll("[data-testid=step-problem]")).TextContent.Trim()));
        Assert.Equal(2, cut.FindAll("[data-testid=journey-step]").Count);
        Assert.Contains("Give the journey a name.", cut.Markup, StringComparison.Ordinal);
        Assert.Equal("Some fields need a fix: see the messages below.", cut.Find("[data-testid=editor-problem]").TextContent.Trim());
        await using var db = database.CreateDbContext();
        Assert.False(await db.Journeys.AnyAsync());
    }

    [Fact]
    public async Task A_fixed_form_saves_a_draft_and_opens_its_page()
    {
        var cut = Render<JourneyEditorPage>();
        cut.Find("[data-testid=journey-name]").Change("Welcome new owners");
        cut.Find("[data-testid=add-Action]").Click();
        cut.Find("[data-testid=step-text]").Change("Welcome!");
        cut.Find("[data-testid=step-text-zh]").Change("欢迎！");

        await cut.Find("[data-testid=save-journey]").ClickAsync(new());

        await using var db = database.CreateDbContext();
        var journey = await db.Journeys.SingleAsync();
        Assert.Equal(("Welcome new owners", JourneyStatus.Draft, 0.10), (journey.Name, journey.Status, journey.HoldoutShare));
        var definition = JourneyDefinition.FromJson(await db.JourneyVersions.Select(v => v.Definition).SingleAsync());
        Assert.Equal(("Welcome!", "欢迎！"), (definition.Steps[0].Text, definition.Steps[0].TextZh));
        Assert.EndsWith($"/console/journeys/{journey.Id}", Services.GetRequiredService<NavigationManager>().Uri, StringComparison.Ordinal);
    }

    [Fact]
    public void Without_saved_segments_a_segment_trigger_says_where_to_save_one()
    {
        var cut = Render<JourneyTriggerFields>(p => p
            .Add(x => x.Definition, new JourneyDefinition { Trigger = new JourneyTrigger { Kind = JourneyTriggerKind.EnteredSegment } })
            .Add(x => x.Problems, [new Domain.Problem(JourneyProblems.SegmentUnknown, "Trigger")])
            .Add(x => x.Segments, []));

        Assert.Equal("No saved segments yet: save one on the Segments page first.", cut.Find("[data-testid=no-segments]").TextContent);
    }
}
