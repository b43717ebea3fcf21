namespace Portal.Domain.Engagement;

/// <summary>What a batch adds to each rollup, worked out in memory so every row is written once per batch.</summary>
internal static class EngagementAggregation
{
    /// <summary>
    /// What a batch adds to each rollup; hours before <paramref name="firstHour"/> are past retention and left out. Signals
    /// <paramref name="dropped"/> since the last batch count on <paramref name="today"/>, the day they were lost (a batch of
    /// nothing but drops included).
    /// </summary>
    public static Dictionary<RollupKey, long> Rollups(IReadOnlyList<EngagementEvent> events, long dropped, int today, long firstHour)
    {
        var rollups = new Dictionary<RollupKey, long>();
        void Add(RollupKey key) => rollups[key] = rollups.GetValueOrDefault(key) + 1;
        foreach (var e in events)
        {
            var hour = EngagementCalendar.HourOf(e.At);
            if (hour >= firstHour)
            {
                Add(new RollupKey(RollupGrain.Hour, hour, e.Kind, e.TargetType, "", "", ""));
                Add(new RollupKey(RollupGrain.Hour, hour, e.Kind, e.TargetType, e.TargetId, "", ""));
            }

            Add(new RollupKey(RollupGrain.Day, e.Day, e.Kind, e.TargetType, "", "", ""));
            Add(new RollupKey(RollupGrain.Day, e.Day, e.Kind, e.TargetType, e.TargetId, "", ""));
            foreach (var (dimension, value) in EventDimensions(e))
            {
                Add(new RollupKey(RollupGrain.Day, e.Day, e.Kind, "", "", dimension, value));
            }
        }

        if (dropped > 0)
        {
            var key = new RollupKey(RollupGrain.Day, today, EngagementKinds.Dropped, EngagementKinds.DroppedTargetType, "", "", "");
            rollups[key] = rollups.GetValueOrDefault(key) + dropped;
        }

        return rollups;
    }

    public static IEnumerable<(int Day, string Actor, bool IsMember)> ActiveDays(IReadOnlyList<EngagementEvent> events) =>
        events.Select(e => (e.Day, Actor: ActorOf(e), IsMember: e.MemberId is not null))
            .Where(a => a.Actor is not null)
            .Select(a => (a.Day, a.Actor!, a.IsMember))
            .Distinct();

    public static Dictionary<(string Member, int Day, string Kind), int> MemberDays(IReadOnlyList<EngagementEvent> events)
    {
        var days = new Dictionary<(string, int, string), int>();
        foreach (var e in events.Where(e => e.MemberId is not null))
        {
            var key = (e.MemberId!, e.Day, e.Kind);
            days[key] = days.GetValueOrDefault(key) + 1;
        }

        return days;
    }

    /// <summary>
    /// The target type of the views counted per section (<see cref="EngagementMemberSectionDay"/>) for <paramref name="kind"/>:
    /// thread views per board, article views per category; null for every other kind.
    /// </summary>
    public static string? SectionOf(string kind) => kind switch
    {
        EngagementKinds.ThreadViewed => "thread",
        EngagementKinds.ArticleViewed => "article",
        _ => null,
    };

    /// <summary><c>m:</c> and the member id, <c>v:</c> and the visitor id, or null when the event has neither.</summary>
    public static string? ActorOf(EngagementEvent e) =>
        e.MemberId is not null ? "m:" + e.MemberId : e.VisitorId is not null ? "v:" + e.VisitorId : null;

    /// <summary>The segment values an event counts under: each model owned, region, verified, stage and device.</summary>
    public static IEnumerable<(string Dimension, string Value)> EventDimensions(EngagementEvent e)
    {
        foreach (var dimension in ProfileDimensions(e.Models, e.Verified, e.Region).Where(d => d.Dimension.Length > 0))
        {
            yield return dimension;
        }

        yield return (SegmentDimensions.Stage, e.Stage?.ToString() ?? SegmentDimensions.Visitor);
        yield return (SegmentDimensions.Device, e.Device.ToString());
    }

    /// <summary>The whole ("" dimension) and each model, the region and verified status, as profiles are broken down.</summary>
    public static IEnumerable<(string Dimension, string Value)> ProfileDimensions(string models, bool verified, string? region)
    {
        yield return ("", "");
        if (models.Length == 0)
        {
            yield return (SegmentDimensions.Model, SegmentDimensions.None);
        }
        else
        {
            foreach (var model in models.Split(','))
            {
                yield return (SegmentDimensions.Model, model);
            }
        }

        yield return (SegmentDimensions.Region, region ?? "");
        yield return (SegmentDimensions.Verified, verified ? SegmentDimensions.Yes : SegmentDimensions.No);
    }
}
