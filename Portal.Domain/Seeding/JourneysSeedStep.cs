using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Portal.Domain.Accounts;
using Portal.Domain.Activity;
using Portal.Domain.Data;
using Portal.Domain.Email;
using Portal.Domain.Engagement;
using Portal.Domain.Experiments;
using Portal.Domain.Journeys;
using Portal.Domain.Messaging;
using Portal.Domain.Segments;

namespace Portal.Domain.Seeding;

/// <summary>
/// The running "Win back at-risk owners" journey with four months of history, walked by the real engine
/// (<see cref="JourneySteps"/>, the message dispatcher with its guard rails and the deliverer) on a stepping clock:
/// members entering At risk a few a day, a fifth held out, the in-app message, the weekend check and the event
/// invitation, and the goal (active again within 14 days) reached by about a third of the treated and a fifth of the
/// holdout, drawn with the seeded random source: a lift, honestly small.
/// </summary>
internal sealed class JourneysSeedStep(
    IDbContextFactory<PortalDbContext> contextFactory,
    IActivityBus bus,
    IEmailTransport transport,
    MessageEmails emails,
    IOptions<MessagingOptions> messaging,
    IOptions<JourneyOptions> options,
    EngagementCalendar calendar,
    ILogger<MessageDeliverer> logger) : IDemoSeedStep
{
    public const string Name = "Win back at-risk owners";
    public const int HistoryDays = 120;
    public const int HoldoutPercent = 20;
    public const double TreatedConversion = 0.34;
    public const double HoldoutConversion = 0.20;
    private static readonly TimeSpan Tick = TimeSpan.FromDays(1);

    public int Order => 500;

    public bool AfterCommit => true;

    /// <summary>The demo journey's definition: also what an operator sees in its editor.</summary>
    public static JourneyDefinition Definition() => new()
    {
        Trigger = new JourneyTrigger { Kind = JourneyTriggerKind.EnteredStage, Stage = LifecycleStage.AtRisk },
        Steps =
        [
            new JourneyStep { Kind = JourneyStepKind.Wait, WaitHours = 48 },
            new JourneyStep { Kind = JourneyStepKind.Action, Action = JourneyActionKind.InApp, Text = "We miss you! See what owners shared this week.", TextZh = "好久不见！看看车主们本周分享了什么。" },
            new JourneyStep { Kind = JourneyStepKind.Wait, WaitHours = null, UntilDay = DayOfWeek.Saturday, UntilHour = 10 },
            new JourneyStep { Kind = JourneyStepKind.Condition, Behaviour = JourneyBehaviours.Active, MinCount = 1, Then = 5 },
            new JourneyStep { Kind = JourneyStepKind.Action, Action = JourneyActionKind.EventInvitation, Text = "You are invited:", TextZh = "诚邀您参加：" },
            new JourneyStep { Kind = JourneyStepKind.Exit },
        ],
        Goal = new JourneyGoal { Kind = JourneyGoalKind.ActiveAgain, Days = 14 },
    };

    public async Task SeedAsync(DemoSeedContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        if (await db.Journeys.AnyAsync(cancellationToken))
        {
            return;
        }

        var now = context.Now;
        var start = now.AddDays(-HistoryDays);
        var definition = Definition();
        var journey = new Journey
        {
            Name = Name, Status = JourneyStatus.Running, HoldoutShare = HoldoutPercent / 100.0, ReentryDays = 60,
            CurrentVersion = 1, CreatedAt = start.AddDays(-2), StartedAt = start, Watermark = now,
        };
        db.Journeys.Add(journey);
        await db.SaveChangesAsync(cancellationToken);
        db.JourneyVersions.Add(new JourneyVersion { JourneyId = journey.Id, Version = 1, Definition = definition.ToJson(), CreatedAt = journey.CreatedAt, FrozenAt = start });
        var atRisk = await db.EngagementProfiles.Where(p => p.Stage == LifecycleStage.AtRisk).Select(p => p.MemberId).ToListAsync(cancellationToken);
        db.JourneyTriggerMembers.AddRange(atRisk.Select(m => new JourneyTriggerMember { JourneyId = journey.Id, MemberId = m }));
        await db.SaveChangesAsync(cancellationToken);

        var staff = Staff.RoleRows(db).Select(r => r.UserId);
        var members = await db.Users.Where(u => !staff.Contains(u.Id)).OrderBy(u => u.Id).Select(u => u.Id).ToListAsync(cancellationToken);
        var plan = Plan(journey, members, context.Random, start, now);
        await WalkAsync(journey.Id, plan, start, now, cancellationToken);
    }

    /// <summary>Who enters when (two or so a day, a member at most twice, 60 days apart) and when, if ever, they come back.</summary>
    private static List<(string Member, DateTimeOffset EnteredAt, DateTimeOffset? GoalAt)> Plan(Journey journey, List<string> members, Random random, DateTimeOffset start, DateTimeOffset now)
    {
        var plan = new List<(string, DateTimeOffset, DateTimeOffset?)>();
        var lastEntry = new Dictionary<string, DateTimeOffset>(StringComparer.Ordinal);
        // Per arm (treated, held out): entrants so far and how many came back. Each arm converts at its rate exactly (to the
        // member), not by a coin toss, so the demo's lift is there whatever the other seed steps drew before this one.
        int[] entered = [0, 0], converted = [0, 0];
        for (var at = start.AddHours(7); at < now; at = at.AddHours(6 + random.Next(0, 12)))
        {
            var member = members[random.Next(members.Count)];
            if (lastEntry.TryGetValue(member, out var last) && at - last < TimeSpan.FromDays(60))
            {
                continue;
            }

            lastEntry[member] = at;
            var heldOut = Holdout.IsHeldOut(Holdout.JourneyKey(journey.Id), member, journey.HoldoutShare);
            var arm = heldOut ? 1 : 0;
            entered[arm]++;
            var converts = converted[arm] < (int)(entered[arm] * (heldOut ? HoldoutConversion : TreatedConversion));
            converted[arm] += converts ? 1 : 0;
            var goalAt = converts ? at.AddHours(random.Next(20, 14 * 24)) : (DateTimeOffset?)null;
            plan.Add((member, at, goalAt));
        }

        return plan;
    }

    /// <summary>Steps the clock through the history: enrols each planned entrant, marks goals as they fall, and lets the real engine move everyone.</summary>
    private async Task WalkAsync(int journeyId, List<(string Member, DateTimeOffset EnteredAt, DateTimeOffset? GoalAt)> plan, DateTimeOffset start, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var clock = new SteppingClock(start);
        var steps = new JourneySteps(contextFactory, new MessageDispatcher(contextFactory, messaging, clock), new SegmentEvaluator(contextFactory, calendar, clock), options, clock);
        var deliverer = new MessageDeliverer(contextFactory, bus, transport, emails, messaging, clock, logger);
        var goals = new Dictionary<long, DateTimeOffset>();
        var next = 0;
        for (var tick = start; ; tick += Tick)
        {
            tick = tick > now ? now : tick;
            clock.Now = tick;
            await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
            var entering = new List<(JourneyEnrollment Enrollment, DateTimeOffset? GoalAt)>();
            for (; next < plan.Count && plan[next].EnteredAt <= tick; next++)
            {
                var (member, enteredAt, goalAt) = plan[next];
                var enrollment = new JourneyEnrollment
                {
                    JourneyId = journeyId, Version = 1, MemberId = member, NextRunAt = enteredAt, EnteredAt = enteredAt,
                    EntryDay = calendar.DayOf(enteredAt), HeldOut = Holdout.IsHeldOut(Holdout.JourneyKey(journeyId), member, HoldoutPercent / 100.0),
                };
                db.JourneyEnrollments.Add(enrollment);
                entering.Add((enrollment, goalAt));
            }

            await db.SaveChangesAsync(cancellationToken);
            foreach (var (enrollment, goalAt) in entering.Where(e => e.GoalAt is not null))
            {
                goals[enrollment.Id] = goalAt!.Value;
            }

            var reached = goals.Where(g => g.Value <= tick).Select(g => g.Key).ToList();
            foreach (var id in reached)
            {
                var at = goals[id];
                await db.JourneyEnrollments.Where(e => e.Id == id).ExecuteUpdateAsync(s => s.SetProperty(e => e.GoalReachedAt, at), cancellationToken);
                goals.Remove(id);
            }

            await steps.AdvanceAsync(cancellationToken);
            await deliverer.DeliverDueAsync(cancellationToken);
            if (tick == now)
            {
                break;
            }
        }
    }
}
