namespace Portal.Domain.Engagement.History;

/// <summary>
/// How often one member of a generated history comes by: their own level, a burst of curiosity in their first weeks, and
/// for some a fade from a day on (towards at risk, then dormant). Tracks their last active day for the stage stamp.
/// </summary>
internal sealed class MemberHabit
{
    private readonly double rate;
    private readonly int fadeDay;
    private readonly double fadeDays;

    private MemberHabit(string id, MemberSegment segment, int joinedDay, double rate, int fadeDay, double fadeDays, DeviceClass device)
    {
        Id = id;
        Segment = segment;
        JoinedDay = joinedDay;
        this.rate = rate;
        this.fadeDay = fadeDay;
        this.fadeDays = fadeDays;
        Device = device;
    }

    public string Id { get; }

    public MemberSegment Segment { get; }

    public int JoinedDay { get; }

    /// <summary>The kind of screen they mostly use.</summary>
    public DeviceClass Device { get; }

    public int? LastActiveDay { get; set; }

    /// <summary>
    /// A member's habit drawn from <paramref name="random"/>: most come now and then, a few daily; about half fade at some
    /// point, within a few weeks (some newcomers right after trying it), and stop coming.
    /// </summary>
    public static MemberHabit Draw(string id, MemberSegment segment, int joinedDay, int firstDay, int lastDay, Random random)
    {
        var rate = 0.02 + (0.5 * Math.Pow(random.NextDouble(), 2.5));
        var fadeDay = int.MaxValue;
        var fadeDays = 4 + (random.NextDouble() * 12);
        if (joinedDay >= firstDay && random.NextDouble() < 0.1)
        {
            fadeDay = joinedDay + random.Next(2, 21);
        }
        else if (random.NextDouble() < 0.5)
        {
            var from = Math.Max(joinedDay, firstDay - 150);
            fadeDay = random.Next(from, Math.Max(from, lastDay + 60) + 1);
        }

        var device = random.NextDouble() switch { < 0.6 => DeviceClass.Phone, < 0.92 => DeviceClass.Desktop, _ => DeviceClass.Tablet };
        return new MemberHabit(id, segment, joinedDay, rate, fadeDay, fadeDays, device);
    }

    /// <summary>Expected sessions on a day, before the week's rhythm and the history's scale.</summary>
    public double SessionsOn(int day)
    {
        if (day < JoinedDay)
        {
            return 0;
        }

        var sessions = rate * (1 + (2 * Math.Exp(-(day - JoinedDay) / 14.0)));
        return day <= fadeDay ? sessions
            : day - fadeDay < 4 * fadeDays ? sessions * Math.Exp(-(day - fadeDay) / fadeDays)
            : 0;
    }

    /// <summary>Still coming by on a day (not yet well into their fade).</summary>
    public bool AroundOn(int day) => day >= JoinedDay && (fadeDay == int.MaxValue || day <= fadeDay + fadeDays);

    /// <summary>The device of one session: usually their own, now and then another.</summary>
    public DeviceClass DeviceFor(Random random) =>
        random.NextDouble() < 0.8 ? Device : random.NextDouble() < 0.5 ? DeviceClass.Phone : DeviceClass.Desktop;
}
