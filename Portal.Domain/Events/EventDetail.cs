using Portal.Domain.Forums;

namespace Portal.Domain.Events;

/// <summary>
/// Everything the event page shows, except the viewer's own sign-up and who is coming (<see cref="EventPeople"/>).
/// <see cref="Discussion"/> is null when the event has no thread (a draft) or its thread is hidden.
/// </summary>
public sealed record EventDetail(
    EventCard Card,
    string DescriptionHtml,
    string? Address,
    string? MapUrl,
    string? OnlineUrl,
    string? CoverFile,
    DateTimeOffset? SignupOpensAt,
    DateTimeOffset SignupClosesAt,
    int MaxGuests,
    IReadOnlyList<string> EligibleModels,
    IReadOnlyList<EventQuestionView> Questions,
    IReadOnlyList<EventCard> Series,
    ThreadDiscussion? Discussion);
