using System.Globalization;

namespace Portal.Domain.Engagement.History;

/// <summary>
/// What one visit of a generated history consists of: a sign-in now and then, pages, thread views (many) with replies and
/// reactions (few), articles with read-throughs and shares, searches, notifications and event pages as events come closer.
/// Threads and articles are picked among those that exist at the time, the newer the likelier.
/// </summary>
internal sealed class HistorySessions(HistoryContent content, Random random)
{
    private readonly HistoryThread[] threads = [.. content.Threads.OrderBy(t => t.CreatedAt)];
    private readonly HistoryArticle[] articles = [.. content.Articles.OrderBy(a => a.PublishedAt)];
    private readonly HashSet<(int Event, string Member)> signedUp = [];
    private readonly Dictionary<int, List<string>> sampledSignups = [];
    private long notification;

    /// <summary>The events worth a look today (upcoming within three weeks, or today), with the weight of their pull.</summary>
    public List<(HistoryEvent Event, double Pull)> Upcoming { get; } = [];

    /// <summary>Members who signed up by chance to an event without real attendees; they may check in on the day.</summary>
    public IReadOnlyList<string> SampledSignups(int eventId) => sampledSignups.GetValueOrDefault(eventId) ?? [];

    public void Member(List<EngagementEvent> into, MemberHabit member, DateTimeOffset at)
    {
        var device = member.DeviceFor(random);
        var visit = new Visit(into, member.Id, null, device, at, random);
        if (random.NextDouble() < 0.5)
        {
            visit.Add(EngagementKinds.SignedIn, "member", member.Id);
        }

        visit.Page(random.NextDouble() < 0.6 ? "/" : "/forums");
        var views = Threads(visit, member: true);
        if (views == 0 && random.NextDouble() < 0.3)
        {
            visit.Page("/forums");
        }

        Article(visit, readThrough: 0.45, share: 0.03);
        if (random.NextDouble() < 0.1)
        {
            visit.Page("/forums/search");
            visit.Add(EngagementKinds.SearchPerformed, "search", "forums");
        }

        if (random.NextDouble() < 0.15)
        {
            visit.Add(EngagementKinds.NotificationOpened, "notification", (++notification).ToString(CultureInfo.InvariantCulture));
            visit.Page("/notifications");
        }

        if (random.NextDouble() < 0.1)
        {
            visit.Page("/members/{Id}");
        }

        Event(visit, member.Id);
    }

    public void Visitor(List<EngagementEvent> into, string visitorId, DeviceClass device, DateTimeOffset at)
    {
        var visit = new Visit(into, null, visitorId, device, at, random);
        if (random.NextDouble() < 0.5)
        {
            visit.Page("/");
        }

        Threads(visit, member: false);
        Article(visit, readThrough: 0.35, share: 0.01);
        Event(visit, memberId: null);
    }

    private int Threads(Visit visit, bool member)
    {
        var live = LiveCount(threads, visit.At, t => t.CreatedAt);
        if (live == 0)
        {
            return 0;
        }

        var views = 1 + HistoryRandom.Poisson(random, member ? 2 : 1.2);
        for (var i = 0; i < views; i++)
        {
            var thread = threads[Recent(live, 3)].Id.ToString(CultureInfo.InvariantCulture);
            visit.Page("/forums/t/{Id:long}/{Slug?}");
            visit.Add(EngagementKinds.ThreadViewed, "thread", thread);
            if (member && random.NextDouble() < 0.06)
            {
                visit.Add(EngagementKinds.PostCreated, "thread", thread);
            }

            if (member && random.NextDouble() < 0.1)
            {
                visit.Add(EngagementKinds.ReactionAdded, "thread", thread);
            }
        }

        return views;
    }

    private void Article(Visit visit, double readThrough, double share)
    {
        var live = LiveCount(articles, visit.At, a => a.PublishedAt);
        if (live == 0 || random.NextDouble() >= 0.3)
        {
            return;
        }

        var article = articles[Recent(live, 2)].Id.ToString(CultureInfo.InvariantCulture);
        visit.Page("/articles/{Slug}");
        visit.Add(EngagementKinds.ArticleViewed, "article", article);
        if (random.NextDouble() < readThrough)
        {
            visit.Add(EngagementKinds.ArticleReadThrough, "article", article);
            if (random.NextDouble() < share)
            {
                visit.Add(EngagementKinds.ArticleShared, "article", article);
            }
        }
    }

    private void Event(Visit visit, string? memberId)
    {
        var pull = Upcoming.Sum(u => u.Pull);
        if (Upcoming.Count == 0 || random.NextDouble() >= Math.Min(0.5, 0.03 + (0.1 * pull)))
        {
            return;
        }

        var pick = random.NextDouble() * pull;
        var ev = Upcoming[^1].Event;
        foreach (var (candidate, weight) in Upcoming)
        {
            pick -= weight;
            if (pick <= 0)
            {
                ev = candidate;
                break;
            }
        }

        var id = ev.Id.ToString(CultureInfo.InvariantCulture);
        visit.Page("/events/{Id:int}/{Slug?}");
        visit.Add(EngagementKinds.EventViewed, "event", id);
        if (memberId is not null && ev.Attendees is null && visit.At < ev.StartsAt && random.NextDouble() < 0.2 && signedUp.Add((ev.Id, memberId)))
        {
            visit.Add(EngagementKinds.EventSignedUp, "event", id);
            if (!sampledSignups.TryGetValue(ev.Id, out var members))
            {
                sampledSignups[ev.Id] = members = [];
            }

            members.Add(memberId);
        }
    }

    /// <summary>How many of the items (sorted by when they appear) exist at <paramref name="at"/>.</summary>
    private static int LiveCount<T>(T[] items, DateTimeOffset at, Func<T, DateTimeOffset> since)
    {
        int low = 0, high = items.Length;
        while (low < high)
        {
            var middle = (low + high) / 2;
            if (since(items[middle]) <= at)
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }

        return low;
    }

    /// <summary>An index below <paramref name="live"/>, the newest likeliest (the higher the power, the stronger the pull of the new).</summary>
    private int Recent(int live, double power) => live - 1 - (int)(live * Math.Pow(random.NextDouble(), power));
}
