namespace Portal.Domain.Engagement.Reports;

/// <summary>
/// A member's activity on the local days <see cref="FirstDay"/> to <see cref="LastDay"/>, newest day first (days without
/// activity left out). <see cref="OlderBefore"/> is the day to ask the next page before, or null when the member had
/// not joined yet.
/// </summary>
public sealed record MemberTimelinePage(int FirstDay, int LastDay, IReadOnlyList<TimelineDay> Days, int? OlderBefore);
