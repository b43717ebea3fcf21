using System.Globalization;

namespace Soak;

/// <summary>The soak's shape, from the command line.</summary>
internal sealed record SoakSettings(double Minutes, double WarmUpMinutes, double IntervalSeconds, int Visitors, int Posters, int Joiners, int LiveClients)
{
    public static SoakSettings From(string[] args) => new(
        Number(args, "--minutes", 10), Number(args, "--warmup", 2), Number(args, "--interval", 60),
        (int)Number(args, "--visitors", 16), (int)Number(args, "--posters", 4), (int)Number(args, "--joiners", 2), (int)Number(args, "--live", 300));

    private static double Number(string[] args, string name, double fallback)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? double.Parse(args[i + 1], CultureInfo.InvariantCulture) : fallback;
    }
}
