using Microsoft.EntityFrameworkCore;
using Portal.Domain.Engagement;
using Portal.Domain.Journeys;
using Portal.Domain.Messaging;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Journeys;

/// <summary>Arranging journeys on a <see cref="TestDatabase"/>: a journey saved and started, members entering it, activity on a day.</summary>
internal static class JourneyTestKit
{
    public const string Tag = "nudged";

    /// <summary>Message now; wait a day; active since entering? exit : tag them; exit.</summary>
    public static JourneyDefinition NudgeThenTag(JourneyTriggerKind trigger = JourneyTriggerKind.Joined) => new()
    {
        Trigger = new JourneyTrigger { Kind = trigger, Stage = LifecycleStage.AtRisk },
        Steps =
        [
            new JourneyStep { Kind = JourneyStepKind.Action, Action = JourneyActionKind.InApp, Text = "Come back", TextZh = "回来看看" },
            new JourneyStep { Kind = JourneyStepKind.Wait, WaitHours = 24 },
            new JourneyStep { Kind = JourneyStepKind.Condition, Behaviour = JourneyBehaviours.Active, Then = 4 },
            new JourneyStep { Kind = JourneyStepKind.Action, Action = JourneyActionKind.AddTag, Tag = Tag },
            new JourneyStep { Kind = JourneyStepKind.Exit },
        ],
        Goal = new JourneyGoal { Kind = JourneyGoalKind.ActiveAgain, Days = 14 },
    };

    /// <summary>Who starts, pauses and stops the test journeys (the audit log's actor).</summary>
    public const string OperatorId = "journey-test-operator";

    public static async Task<int> StartAsync(TestDatabase database, JourneyDefinition definition, int holdoutPercent = 0, int? reentryDays = null)
    {
        var service = database.Get<JourneyService>();
        var saved = await service.SaveAsync(null, new JourneyInput { Name = "Test journey", HoldoutPercent = holdoutPercent, ReentryDays = reentryDays, Definition = definition });
        Assert.True(saved.Succeeded, string.Join(", ", saved.Problems.Select(p => p.Code)));
        Assert.True((await service.StartAsync(saved.Value, OperatorId)).Succeeded);
        return saved.Value;
    }

    /// <summary>Members who join a minute from now (and agree to marketing messages): the Joined trigger takes them on the next pass.</summary>
    public static async Task<List<string>> JoinAsync(TestDatabase database, int count)
    {
        database.Clock.Advance(TimeSpan.FromMinutes(1));
        var members = new List<string>();
        for (var i = 0; i < count; i++)
        {
            members.Add(await database.CreateMemberAsync($"Owner {i}"));
        }

        await using var db = database.CreateDbContext();
        var now = database.Clock.GetUtcNow();
        await db.Users.Where(u => members.Contains(u.Id)).ExecuteUpdateAsync(s => s.SetProperty(u => u.MarketingConsentAt, now));
        return members;
    }

    public static async Task ActiveOnAsync(TestDatabase database, string memberId, int day, string kind = EngagementKinds.ThreadViewed)
    {
        await using var db = database.CreateDbContext();
        db.EngagementMemberDays.Add(new EngagementMemberDay { MemberId = memberId, Day = day, Kind = kind, Count = 1 });
        await db.SaveChangesAsync();
    }

    public static async Task<JourneyEnrollment> EnrollmentAsync(TestDatabase database, string memberId)
    {
        await using var db = database.CreateDbContext();
        return await db.JourneyEnrollments.AsNoTracking().OrderBy(e => e.Id).LastAsync(e => e.MemberId == memberId);
    }

    /// <summary>The member's messages the dispatcher queued (or delivered), by their English titles.</summary>
    public static async Task<List<string>> MessagesAsync(TestDatabase database, string memberId)
    {
        await using var db = database.CreateDbContext();
        return await db.MessageDeliveries.Where(d => d.MemberId == memberId && d.Status != DeliveryStatus.Suppressed).Select(d => d.Content!.TitleEnglish).ToListAsync();
    }

    public static Task<JourneyPass> RunAsync(TestDatabase database) => database.Get<JourneyEngine>().RunOnceAsync();

    public static int Today(TestDatabase database) => database.Get<EngagementCalendar>().DayOf(database.Clock.GetUtcNow());
}
