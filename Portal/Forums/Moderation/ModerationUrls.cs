using System.Globalization;
using Portal.Domain;
using Portal.Domain.Forums;

namespace Portal.Forums.Moderation;

/// <summary>The reports queue's two pages (open, resolved) and the resolved page's filter and page in the address.</summary>
internal static class ModerationUrls
{
    public const string Open = ForumUrls.Moderation;

    public const string Resolved = ForumUrls.Moderation + "/resolved";

    /// <summary>The resolved reports filtered by <paramref name="query"/>; defaults (every action, page 1) are left out.</summary>
    public static string Filtered(ReportHistoryQuery query) => UrlQuery.Append(
        Resolved,
        ("action", query.Action is { } action ? NameOf(action) : null),
        ("page", query.Page > 1 ? query.Page.ToString(CultureInfo.InvariantCulture) : null));

    /// <summary>The action named in the address (<c>dismiss</c>, <c>hide</c>, <c>silence</c>), or null for anything else.</summary>
    public static ReportAction? ActionFrom(string? text) =>
        Enum.GetValues<ReportAction>().Where(a => NameOf(a) == text).Select(a => (ReportAction?)a).FirstOrDefault();

    public static string NameOf(ReportAction action) => action switch
    {
        ReportAction.HidePost => "hide",
        ReportAction.SilenceMember => "silence",
        _ => "dismiss",
    };
}
