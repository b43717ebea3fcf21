using Portal.Domain.Accounts;
using Portal.Domain.Content;

namespace Portal.Domain.Events;

/// <summary>From an editor's <see cref="EventDraft"/> to the stored event: cleaned text, rendered Markdown, instants in UTC.</summary>
internal static class EventDraftMapper
{
    public static void Apply(OwnerEvent ev, EventDraft draft, MarkdownRenderer markdown, bool replaceQuestions)
    {
        var description = (draft.Description ?? "").Replace("\r\n", "\n", StringComparison.Ordinal).Trim();
        ev.Title = draft.Title.Trim();
        ev.Slug = OwnerEvent.SlugFor(ev.Title);
        ev.Description = description;
        ev.DescriptionHtml = markdown.Render(description).Html;
        ev.TimeZoneId = draft.TimeZoneId;
        ev.StartsAt = TimeZones.ToInstant(draft.StartsLocal, draft.TimeZoneId);
        ev.EndsAt = TimeZones.ToInstant(draft.EndsLocal, draft.TimeZoneId);
        ev.City = draft.City.Trim();
        ev.Venue = Clean(draft.Venue);
        ev.Address = Clean(draft.Address);
        ev.MapUrl = Clean(draft.MapUrl);
        ev.OnlineUrl = Clean(draft.OnlineUrl);
        ev.Capacity = draft.Capacity;
        ev.SignupOpensAt = draft.SignupOpensLocal is { } o ? TimeZones.ToInstant(o, draft.TimeZoneId) : null;
        ev.SignupClosesAt = draft.SignupClosesLocal is { } c ? TimeZones.ToInstant(c, draft.TimeZoneId) : null;
        ev.WaitlistEnabled = draft.WaitlistEnabled;
        ev.MaxGuests = draft.MaxGuests;
        ev.Eligibility = draft.Eligibility;
        ev.EligibleModels.Clear();
        if (draft.Eligibility == EventEligibility.ModelOwners)
        {
            ev.EligibleModels.AddRange(draft.EligibleModelIds.Distinct().Select(id => new EventEligibleModel { ModelId = id }));
        }

        if (replaceQuestions)
        {
            ev.Questions.Clear();
            ev.Questions.AddRange(draft.Questions.Select((q, i) => new EventQuestion
            {
                Position = i,
                Kind = q.Kind,
                Prompt = q.Prompt.Trim(),
                Choices = q.Kind == EventQuestionKind.Choice ? string.Join('\n', (q.Choices ?? "").Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)) : null,
                Required = q.Required,
            }));
        }
    }

    /// <summary>The draft of occurrence <paramref name="index"/> of a series: every time moved by weeks or months.</summary>
    public static EventDraft Shift(EventDraft draft, int index)
    {
        if (index == 0)
        {
            return draft;
        }

        DateTime Move(DateTime t) => draft.Repeat == EventRepeat.Weekly ? t.AddDays(7 * index) : t.AddMonths(index);
        return new EventDraft
        {
            Title = draft.Title, Description = draft.Description, TimeZoneId = draft.TimeZoneId, City = draft.City, Venue = draft.Venue,
            Address = draft.Address, MapUrl = draft.MapUrl, OnlineUrl = draft.OnlineUrl, Capacity = draft.Capacity,
            WaitlistEnabled = draft.WaitlistEnabled, MaxGuests = draft.MaxGuests, Eligibility = draft.Eligibility,
            EligibleModelIds = draft.EligibleModelIds, Questions = draft.Questions,
            StartsLocal = Move(draft.StartsLocal), EndsLocal = Move(draft.EndsLocal),
            SignupOpensLocal = draft.SignupOpensLocal is { } o ? Move(o) : null,
            SignupClosesLocal = draft.SignupClosesLocal is { } c ? Move(c) : null,
        };
    }

    public static bool SameQuestions(List<EventQuestion> current, List<EventQuestionDraft> draft) =>
        current.Count == draft.Count && current.OrderBy(q => q.Position).Zip(draft).All(p =>
            p.First.Kind == p.Second.Kind && p.First.Prompt == p.Second.Prompt.Trim() && p.First.Required == p.Second.Required
            && (p.First.Choices ?? "") == string.Join('\n', (p.Second.Choices ?? "").Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)));

    /// <summary>The forum's slug rules; a title without Latin letters or digits (a Chinese one) reads "event".</summary>
    private static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
