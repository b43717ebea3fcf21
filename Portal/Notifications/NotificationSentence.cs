using System.Globalization;
using System.Net;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Localization;
using MudBlazor;
using Portal.Accounts;
using Portal.Domain.Notifications;

namespace Portal.Notifications;

/// <summary>
/// The words and icon of a notification, composed in the viewer's language from its kind, the actor's name and
/// its subject (the notification stores no text of its own).
/// </summary>
internal static class NotificationSentence
{
    /// <summary>
    /// The sentence as markup with the actor's name in bold. The format comes from our resx and every piece of
    /// member text (name, subject) is HTML-encoded before it goes in, so the result holds no markup but &lt;strong&gt;.
    /// </summary>
    public static MarkupString Compose(IStringLocalizer<NotificationText> localizer, IStringLocalizer<AccountText> names, NotificationItem item)
    {
        ArgumentNullException.ThrowIfNull(localizer);
        ArgumentNullException.ThrowIfNull(item);
        var actor = item.Actor is { } who ? names.Shown(who) : localizer[item.Kind is NotificationKind.OperatorMessage or NotificationKind.Message ? "Actor.Team" : "Actor.Unknown"];
        var format = WebUtility.HtmlEncode(localizer[$"Kind.{item.Kind}"].Value);
        return new MarkupString(string.Format(CultureInfo.CurrentCulture, format, $"<strong>{WebUtility.HtmlEncode(actor)}</strong>", WebUtility.HtmlEncode(item.Subject)));
    }

    public static string Icon(NotificationKind kind) => kind switch
    {
        NotificationKind.Reply => Icons.Material.Filled.Reply,
        NotificationKind.Mention => Icons.Material.Filled.AlternateEmail,
        NotificationKind.Reaction => Icons.Material.Filled.ThumbUp,
        NotificationKind.AnswerAccepted => Icons.Material.Filled.CheckCircle,
        NotificationKind.EventPromoted or NotificationKind.EventSignedUp => Icons.Material.Filled.EventAvailable,
        NotificationKind.EventReminder => Icons.Material.Filled.Alarm,
        NotificationKind.EventCancelled => Icons.Material.Filled.EventBusy,
        NotificationKind.ArticlePublished => Icons.Material.Filled.Article,
        NotificationKind.VehicleVerified => Icons.Material.Filled.Verified,
        NotificationKind.VehicleRejected => Icons.Material.Filled.ReportProblem,
        NotificationKind.PostHidden => Icons.Material.Filled.VisibilityOff,
        _ => Icons.Material.Filled.Campaign,
    };
}
