using System.Globalization;

namespace Portal.Domain.Engagement.History;

/// <summary>
/// What a generated history takes as given rather than drawing it: registrations on members' join days, each thread's
/// creation by its author, and the real sign-ups of events that have them (a look or two at the event first, the sign-up
/// or waitlisting, the check-in) for members still coming by then: a member the history lets fade keeps their seat in
/// the events tables, but the drift of a few would otherwise be undone by every seat taken. Only what falls within the
/// history's span.
/// </summary>
internal sealed class HistoryKnownEvents(EngagementCalendar calendar, Dictionary<string, MemberHabit> members, DateTimeOffset from, DateTimeOffset until, Random random)
{
    private readonly Dictionary<int, List<EngagementEvent>> byDay = [];

    public Dictionary<int, List<EngagementEvent>> Collect(HistoryContent content)
    {
        foreach (var member in members.Values)
        {
            Add(member.Id, member.Segment.JoinedAt, EngagementKinds.Registered, "member", member.Id);
        }

        foreach (var thread in content.Threads)
        {
            Add(thread.AuthorId, thread.CreatedAt, EngagementKinds.ThreadCreated, "thread", thread.Id.ToString(CultureInfo.InvariantCulture));
        }

        foreach (var ev in content.Events.Where(e => e.Attendees is not null))
        {
            var id = ev.Id.ToString(CultureInfo.InvariantCulture);
            foreach (var attendee in ev.Attendees!.Where(a => members.TryGetValue(a.MemberId, out var m) && m.AroundOn(calendar.DayOf(a.SignedUpAt))))
            {
                for (var look = random.Next(1, 4); look > 0; look--)
                {
                    Add(attendee.MemberId, attendee.SignedUpAt.AddMinutes(-random.Next(2, 5 * 24 * 60)), EngagementKinds.EventViewed, "event", id);
                }

                Add(attendee.MemberId, attendee.SignedUpAt, attendee.Waitlisted ? EngagementKinds.EventWaitlisted : EngagementKinds.EventSignedUp, "event", id);
                if (attendee.CheckedInAt is { } checkedIn)
                {
                    Add(attendee.MemberId, checkedIn, EngagementKinds.EventCheckedIn, "event", id);
                }
            }
        }

        return byDay;
    }

    private void Add(string memberId, DateTimeOffset at, string kind, string targetType, string targetId)
    {
        if (at < from || at > until || !members.TryGetValue(memberId, out var member))
        {
            return;
        }

        var day = calendar.DayOf(at);
        if (!byDay.TryGetValue(day, out var events))
        {
            byDay[day] = events = [];
        }

        events.Add(new EngagementEvent { At = at, Kind = kind, MemberId = memberId, TargetType = targetType, TargetId = targetId, Device = member.Device });
    }
}
