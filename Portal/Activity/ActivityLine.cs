using Microsoft.Extensions.Localization;
using Portal.Accounts;
using Portal.Domain.Activity;
using Portal.Domain.Events;

namespace Portal.Activity;

/// <summary>The ticker's sentence for an activity, in the viewer's language.</summary>
internal static class ActivityLine
{
    public static string Describe(IStringLocalizer<ActivityText> text, IStringLocalizer<AccountText> names, ActivityEvent activity)
    {
        var actor = activity.ActorName is null ? text["Someone"] : names.Shown(activity.ActorId, activity.ActorName);
        var title = activity.Target.Title ?? "";
        if (activity.Kind == ActivityKinds.EventSeatsChanged)
        {
            var left = activity.IntValue(EventActivity.SeatsLeft) ?? 0;
            return left > 0 ? text["Kind.event.seats", actor, title, left] : text["Kind.event.seats.full", actor, title];
        }

        return text["Kind." + activity.Kind, actor, title];
    }
}
