namespace Portal.Domain.Engagement.History;

/// <summary>
/// A believable past of engagement for a community, day by day, as the pipeline would have stored it (day, segment, account
/// age, lifecycle stage and device stamped): busier weekends and evenings, a slow rise over the period, each member at their
/// own level with new members keen at first and some fading to at risk and dormant, registrations on join days, thread
/// creations when threads were started, event pages busier as events come closer with sign-ups and check-ins, and
/// anonymous visitors. The same <see cref="Random"/> seed gives the same history.
/// </summary>
public sealed class EngagementHistoryGenerator(EngagementCalendar calendar, Lifecycle lifecycle)
{
    /// <summary>Anonymous visits for every member visit.</summary>
    private const double VisitorShare = 0.9;

    /// <summary>Returning visitors reuse an id; the pool of ids kept for that is capped.</summary>
    private const int VisitorPool = 20_000;

    private static readonly double[] WeekdayHours = [0.8, 0.4, 0.2, 0.15, 0.15, 0.3, 0.9, 2.2, 2.8, 2.2, 2.0, 2.4, 3.2, 2.6, 2.0, 2.0, 2.3, 2.8, 3.6, 4.8, 5.8, 5.6, 4.2, 2.0];
    private static readonly double[] WeekendHours = [1.0, 0.6, 0.3, 0.2, 0.15, 0.2, 0.4, 1.0, 1.8, 3.4, 3.8, 4.0, 4.2, 3.8, 3.6, 3.6, 3.6, 3.4, 3.8, 4.8, 5.6, 5.4, 4.4, 2.4];

    /// <summary>By <see cref="DayOfWeek"/>, Sunday first.</summary>
    private static readonly double[] WeekRhythm = [1.25, 0.9, 0.9, 0.9, 0.95, 1.0, 1.3];

    /// <summary>The history's days in order, each day's events sorted by time; lazily, so a long history never sits in memory.</summary>
    public IEnumerable<List<EngagementEvent>> Generate(IReadOnlyDictionary<string, MemberSegment> members, HistoryContent content, HistoryPlan plan, Random random)
    {
        ArgumentNullException.ThrowIfNull(members);
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(random);
        var lastDay = calendar.DayOf(plan.Until);
        var firstDay = lastDay - plan.Days + 1;
        var habits = members.OrderBy(m => m.Key, StringComparer.Ordinal)
            .Select(m => MemberHabit.Draw(m.Key, m.Value, calendar.DayOf(m.Value.JoinedAt), firstDay, lastDay, random))
            .ToList();
        var byId = habits.ToDictionary(h => h.Id, StringComparer.Ordinal);
        var known = new HistoryKnownEvents(calendar, byId, calendar.StartOf(firstDay), plan.Until, random).Collect(content);
        return Days(habits, byId, known, content, plan, firstDay, lastDay, random);
    }

    private IEnumerable<List<EngagementEvent>> Days(
        List<MemberHabit> habits, Dictionary<string, MemberHabit> byId, Dictionary<int, List<EngagementEvent>> known, HistoryContent content,
        HistoryPlan plan, int firstDay, int lastDay, Random random)
    {
        // Expected visits per day before scaling, members' and visitors', and what is still to come from each day on.
        var expected = new double[plan.Days + 1];
        for (var day = lastDay; day >= firstDay; day--)
        {
            expected[day - firstDay] = expected[day - firstDay + 1] + (Rhythm(day, firstDay, plan.Days) * (1 + VisitorShare) * habits.Sum(h => h.SessionsOn(day)));
        }

        var knownLeft = (long)known.Values.Sum(k => k.Count);
        var knownTotal = knownLeft;
        var sessions = new HistorySessions(content, random);
        var visitors = new List<string>();
        long produced = 0, visitEvents = 0, visits = 0;
        for (var day = firstDay; day <= lastDay; day++)
        {
            var events = known.GetValueOrDefault(day) ?? [];
            knownLeft -= events.Count;
            var scale = 1.0;
            if (plan.TargetEvents is { } target)
            {
                // Aim at what is left of the target with the events per visit seen so far; kept near the even share of the
                // whole period, so the last days are not starved or flooded to make up the difference.
                var perVisit = visits > 100 ? visitEvents / (double)visits : 8.0;
                var even = Math.Max(0, target - knownTotal) / (expected[0] * perVisit);
                var left = expected[day - firstDay] * perVisit;
                scale = left > 0 ? Math.Clamp((target - produced - knownLeft - events.Count) / left, 0.7 * even, 1.4 * even) : 0;
            }

            var before = events.Count;
            var start = calendar.StartOf(day);
            var rhythm = Rhythm(day, firstDay, plan.Days) * scale;
            var hours = Weekend(day) ? WeekendHours : WeekdayHours;
            PlanUpcoming(sessions, content, day);
            var memberVisits = 0.0;
            foreach (var habit in habits)
            {
                var mean = habit.SessionsOn(day) * rhythm;
                memberVisits += mean;
                for (var n = HistoryRandom.Poisson(random, mean); n > 0; n--)
                {
                    if (VisitTime(start, hours, random) is { } at && at <= plan.Until)
                    {
                        sessions.Member(events, habit, at);
                        visits++;
                    }
                }
            }

            for (var n = HistoryRandom.Poisson(random, memberVisits * VisitorShare); n > 0; n--)
            {
                if (VisitTime(start, hours, random) is { } at && at <= plan.Until)
                {
                    sessions.Visitor(events, Visitor(visitors, random), random.NextDouble() switch { < 0.65 => DeviceClass.Phone, < 0.95 => DeviceClass.Desktop, _ => DeviceClass.Tablet }, at);
                    visits++;
                }
            }

            visitEvents += events.Count - before;
            CheckIns(events, sessions, content, byId, day, plan.Until, random);
            Stamp(events, byId);
            produced += events.Count;
            yield return events;
        }
    }

    /// <summary>Dates each event by its local day and stamps a member's segment, account age and stage, in time order.</summary>
    private void Stamp(List<EngagementEvent> events, Dictionary<string, MemberHabit> byId)
    {
        events.Sort((a, b) => a.At.CompareTo(b.At));
        foreach (var e in events)
        {
            e.Day = calendar.DayOf(e.At);
            if (e.MemberId is null)
            {
                continue;
            }

            var habit = byId[e.MemberId];
            e.Models = habit.Segment.Models;
            e.Verified = habit.Segment.Verified;
            e.Region = habit.Segment.Region;
            e.AccountAgeDays = Math.Max(0, e.Day - habit.JoinedDay);
            e.Stage = lifecycle.StageOn(e.Day, habit.JoinedDay, habit.LastActiveDay);
            habit.LastActiveDay = e.Day;
        }
    }

    /// <summary>Events from today to three weeks out pull visitors to their pages, the closer the harder.</summary>
    private void PlanUpcoming(HistorySessions sessions, HistoryContent content, int day)
    {
        sessions.Upcoming.Clear();
        foreach (var ev in content.Events)
        {
            var until = calendar.DayOf(ev.StartsAt) - day;
            if (until is >= 0 and <= 21)
            {
                sessions.Upcoming.Add((ev, (until <= 2 ? 3.0 : 1.0) / (1 + until)));
            }
        }
    }

    /// <summary>On an event's day, most members who signed up by chance check in around the start.</summary>
    private void CheckIns(List<EngagementEvent> events, HistorySessions sessions, HistoryContent content, Dictionary<string, MemberHabit> byId, int day, DateTimeOffset until, Random random)
    {
        foreach (var ev in content.Events.Where(e => e.Attendees is null && calendar.DayOf(e.StartsAt) == day))
        {
            foreach (var member in sessions.SampledSignups(ev.Id))
            {
                var at = ev.StartsAt.AddMinutes(random.Next(-20, 30));
                if (random.NextDouble() < 0.8 && at <= until)
                {
                    new Visit(events, member, null, byId[member].Device, at, random).Add(EngagementKinds.EventCheckedIn, "event", ev.Id.ToString(System.Globalization.CultureInfo.InvariantCulture));
                }
            }
        }
    }

    private static string Visitor(List<string> pool, Random random)
    {
        if (pool.Count > 0 && random.NextDouble() < 0.35)
        {
            return pool[random.Next(pool.Count)];
        }

        var id = HistoryRandom.VisitorId(random);
        if (pool.Count < VisitorPool)
        {
            pool.Add(id);
        }
        else
        {
            pool[random.Next(pool.Count)] = id;
        }

        return id;
    }

    private static DateTimeOffset? VisitTime(DateTimeOffset dayStart, double[] hours, Random random)
    {
        var pick = random.NextDouble() * hours.Sum();
        for (var hour = 0; hour < hours.Length; hour++)
        {
            pick -= hours[hour];
            if (pick <= 0)
            {
                return dayStart.AddHours(hour).AddSeconds(random.Next(0, 3600));
            }
        }

        return null;
    }

    private static bool Weekend(int day) => DateOnly.FromDayNumber(day).DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday;

    /// <summary>The week's rhythm and a slow rise over the period.</summary>
    private static double Rhythm(int day, int firstDay, int days) =>
        WeekRhythm[(int)DateOnly.FromDayNumber(day).DayOfWeek] * (0.85 + (0.3 * (day - firstDay) / days));
}
