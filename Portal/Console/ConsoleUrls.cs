using Portal.Domain;
using Portal.Domain.Engagement.Reports;

namespace Portal.Console;

/// <summary>Site-relative addresses of the operators' console.</summary>
internal static class ConsoleUrls
{
    public const string Index = "/console";

    public const string Members = "/console/members";

    public const string Content = "/console/content";

    public const string Events = "/console/events";

    public const string Lifecycle = "/console/lifecycle";

    public const string Segments = "/console/segments";

    /// <summary>The console's own navigation, in order; a new page is one line here.</summary>
    public static IReadOnlyList<ConsoleSection> Sections { get; } =
    [
        new(Index, "Nav.Overview", MudBlazor.Icons.Material.Filled.Insights, ExactMatch: true),
        new(Content, "Nav.Content", MudBlazor.Icons.Material.Filled.Article),
        new(Events, "Nav.Events", MudBlazor.Icons.Material.Filled.Event),
        new(Lifecycle, "Nav.Lifecycle", MudBlazor.Icons.Material.Filled.Timeline),
        new(Members, "Nav.Members", MudBlazor.Icons.Material.Filled.People),
        new(Verification.VerificationUrls.Index, "Nav.Verification", MudBlazor.Icons.Material.Filled.Verified),
        new(Segments, "Nav.Segments", MudBlazor.Icons.Material.Filled.FilterAlt),
        new(Announcements.AnnouncementUrls.Index, "Nav.Announcements", MudBlazor.Icons.Material.Filled.Campaign),
        new(Journeys.JourneyUrls.Index, "Nav.Journeys", MudBlazor.Icons.Material.Filled.AltRoute),
        new(Audit.AuditUrls.Index, "Nav.Audit", MudBlazor.Icons.Material.Filled.History),
    ];

    public static string Member(string memberId) => $"{Members}/{memberId}";

    /// <summary>One content item's page: <paramref name="kind"/> is thread, article or board.</summary>
    public static string ContentItem(string kind, string id, ReportPeriod period) => UrlQuery.Append($"{Content}/{kind}/{Uri.EscapeDataString(id)}", period.Query);

    /// <summary>A page with the period in its query string.</summary>
    public static string WithPeriod(string path, ReportPeriod period) => UrlQuery.Append(path, period.Query);

    /// <summary>A registered report's CSV for the period (and item, for a per-item report).</summary>
    public static string Export(string report, ReportPeriod period, string? id = null) =>
        UrlQuery.Append($"/console/exports/{report}.csv", [.. period.Query, ("id", id)]);
}
