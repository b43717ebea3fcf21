using System.Globalization;
using Microsoft.Extensions.Localization;
using Portal.Domain.Activity;

namespace Portal.Activity;

/// <summary>The ticker's sentence for an activity, in the viewer's language.</summary>
internal static class ActivityLine
{
    public static string Describe(IStringLocalizer<ActivityText> text, ActivityEvent activity)
    {
        var actor = activity.ActorName ?? text["Someone"];
        var title = activity.Target.Title ?? "";
        if (activity.Kind == ActivityKinds.EventSeatsChanged)
        {
            var left = int.TryParse(activity.Value("seatsLeft"), NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) ? n : 0;
            return left > 0 ? text["Kind.event.seats", actor, title, left] : text["Kind.event.seats.full", actor, title];
        }

        return text["Kind." + activity.Kind, actor, title];
    }
}
