namespace Portal.Domain.Journeys;

/// <summary>What a batch knows about one member: their time zone and language, their tags, and what they did by day since entering.</summary>
internal sealed class JourneyMemberFacts
{
    public string? TimeZoneId { get; init; }

    public bool ReadsChinese { get; init; }

    /// <summary>(local day, engagement kind, count) rows from the earliest entry day of the batch on.</summary>
    public List<(int Day, string Kind, int Count)> Days { get; } = [];

    /// <summary>How many times the member did <paramref name="behaviour"/> on or after <paramref name="fromDay"/>.</summary>
    public int Count(string behaviour, int fromDay) =>
        Days.Where(d => d.Day >= fromDay && (behaviour == JourneyBehaviours.Active || d.Kind == behaviour)).Sum(d => d.Count);
}
