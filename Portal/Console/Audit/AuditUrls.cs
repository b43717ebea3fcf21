using System.Globalization;
using Portal.Console.Announcements;
using Portal.Console.Journeys;
using Portal.Console.Segments;
using Portal.Domain;
using Portal.Domain.Audit;
using Portal.Domain.Events;
using Portal.Domain.Forums;

namespace Portal.Console.Audit;

/// <summary>The audit page's address with its filters, and where each thing an audit entry names is looked at.</summary>
internal static class AuditUrls
{
    public const string Index = "/console/audit";

    /// <summary>The audit page filtered by <paramref name="query"/>; defaults (no filter, page 1) are left out.</summary>
    public static string Filtered(AuditQuery query) => UrlQuery.Append(
        Index,
        ("actor", string.IsNullOrEmpty(query.ActorId) ? null : query.ActorId),
        ("action", string.IsNullOrEmpty(query.Action) ? null : query.Action),
        ("from", Day(query.From)),
        ("to", Day(query.To)),
        ("page", query.Page > 1 ? query.Page.ToString(CultureInfo.InvariantCulture) : null));

    /// <summary>Where <paramref name="target"/> is looked at (a car: its owner's console page), or null when it is gone or has no page.</summary>
    public static string? For(AuditTarget target) => target.Deleted ? null : target.Kind switch
    {
        AuditTargetKind.Member => ConsoleUrls.Member(target.Id),
        AuditTargetKind.Vehicle when target.OwnerId is not null => ConsoleUrls.Member(target.OwnerId),
        AuditTargetKind.Thread when target is { ThreadId: { } id, Slug: { } slug } => ForumUrls.Thread(id, slug),
        AuditTargetKind.Post when target is { ThreadId: { } id, Slug: { } slug, Number: { } number } => ForumUrls.Post(id, slug, number),
        AuditTargetKind.Board when target.Slug is not null => ForumUrls.Board(target.Slug),
        AuditTargetKind.Segment when Number(target.Id) is { } id => SegmentUrls.Edit(id),
        AuditTargetKind.Announcement when Number(target.Id) is { } id => AnnouncementUrls.Announcement(id),
        AuditTargetKind.Journey when Number(target.Id) is { } id => JourneyUrls.Page(id),
        AuditTargetKind.Event when Number(target.Id) is { } id => EventUrls.StudioEvent(id),
        _ => null,
    };

    private static string? Day(DateOnly? day) => day?.ToString(UrlQuery.DayFormat, CultureInfo.InvariantCulture);

    private static int? Number(string id) => UrlQuery.NumberFrom(id);
}
