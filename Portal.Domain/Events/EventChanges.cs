namespace Portal.Domain.Events;

/// <summary>What an edit changed, in words the audit log translates: "time, place".</summary>
public static class EventChanges
{
    public const string Title = "title";
    public const string Description = "description";
    public const string Time = "time";
    public const string Place = "place";
    public const string Seats = "seats";
    public const string Window = "window";
    public const string Eligibility = "eligibility";
    public const string Questions = "questions";

    /// <summary>The parts of the event as one value each, to compare before and after an edit.</summary>
    internal static Dictionary<string, string> Snapshot(OwnerEvent ev) => new(StringComparer.Ordinal)
    {
        [Title] = ev.Title,
        [Description] = ev.Description,
        [Time] = FormattableString.Invariant($"{ev.StartsAt:O}|{ev.EndsAt:O}|{ev.TimeZoneId}"),
        [Place] = string.Join('|', ev.City, ev.Venue, ev.Address, ev.MapUrl, ev.OnlineUrl),
        [Seats] = FormattableString.Invariant($"{ev.Capacity}|{ev.MaxGuests}|{ev.WaitlistEnabled}"),
        [Window] = FormattableString.Invariant($"{ev.SignupOpensAt:O}|{ev.SignupClosesAt:O}"),
        [Eligibility] = FormattableString.Invariant($"{ev.Eligibility}|{string.Join(',', ev.EligibleModels.Select(m => m.ModelId).Order())}"),
        [Questions] = string.Join('\n', ev.Questions.OrderBy(q => q.Position).Select(q => FormattableString.Invariant($"{q.Kind}|{q.Prompt}|{q.Choices}|{q.Required}"))),
    };

    /// <summary>The codes whose value differs, in the order above, comma-separated; null when nothing changed.</summary>
    internal static string? Between(Dictionary<string, string> before, Dictionary<string, string> after)
    {
        var changed = before.Where(p => after[p.Key] != p.Value).Select(p => p.Key).ToList();
        return changed.Count == 0 ? null : string.Join(',', changed);
    }
}
