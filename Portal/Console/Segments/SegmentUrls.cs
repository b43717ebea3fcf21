using System.Globalization;
using Portal.Domain;

namespace Portal.Console.Segments;

/// <summary>Addresses of the segment pages and the member list download.</summary>
internal static class SegmentUrls
{
    public const string New = ConsoleUrls.Segments + "/new";

    public const string Compare = ConsoleUrls.Segments + "/compare";

    public static string Edit(int id) => $"{ConsoleUrls.Segments}/{Invariant(id)}";

    public static string CompareThese(int? a, int? b) => UrlQuery.Append(Compare, ("a", a is { } x ? Invariant(x) : null), ("b", b is { } y ? Invariant(y) : null));

    /// <summary>The CSV list of the segment's members (streamed).</summary>
    public static string MembersCsv(int id) => $"{ConsoleUrls.Segments}/{Invariant(id)}/members.csv";

    private static string Invariant(int id) => id.ToString(CultureInfo.InvariantCulture);
}
