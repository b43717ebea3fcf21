namespace Portal.Domain.Engagement.History;

/// <summary>The draws a generated history needs beyond <see cref="Random"/>'s own.</summary>
internal static class HistoryRandom
{
    /// <summary>A Poisson count with the given mean (Knuth's method for small means, the normal approximation for large ones).</summary>
    public static int Poisson(Random random, double mean)
    {
        if (mean > 30)
        {
            var gaussian = Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());
            return Math.Max(0, (int)Math.Round(mean + (Math.Sqrt(mean) * gaussian)));
        }

        var limit = Math.Exp(-mean);
        var count = 0;
        for (var p = random.NextDouble(); p > limit; p *= random.NextDouble())
        {
            count++;
        }

        return count;
    }

    /// <summary>A random id in the visitor cookie's format.</summary>
    public static string VisitorId(Random random)
    {
        Span<byte> bytes = stackalloc byte[16];
        random.NextBytes(bytes);
        return new Guid(bytes).ToString("N");
    }

    /// <summary>
    /// A member id drawn from <paramref name="random"/> (a GUID like Identity's own), so a seed gives the same community
    /// and, since the generator visits members in id order, the same history, run after run.
    /// </summary>
    public static string MemberId(Random random)
    {
        Span<byte> bytes = stackalloc byte[16];
        random.NextBytes(bytes);
        return new Guid(bytes).ToString();
    }
}
