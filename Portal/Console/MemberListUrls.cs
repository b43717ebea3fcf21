using System.Globalization;
using Portal.Console.Audit;
using Portal.Domain;
using Portal.Domain.Accounts;
using Portal.Domain.Garage;

namespace Portal.Console;

/// <summary>The members list's address with its filters (<c>q</c>, <c>verified</c>, <c>model</c>, <c>city</c>, <c>role</c>, <c>from</c>, <c>to</c>, <c>page</c>) and its CSV.</summary>
internal static class MemberListUrls
{
    public const string Csv = "/console/members.csv";

    /// <summary>The members page filtered by <paramref name="query"/>; defaults (no filter, page 1) are left out.</summary>
    public static string Filtered(MemberQuery query) => UrlQuery.Append(ConsoleUrls.Members, [.. Parameters(query), ("page", query.Page > 1 ? Invariant(query.Page) : null)]);

    /// <summary>The CSV of every member <paramref name="query"/> matches (all pages).</summary>
    public static string CsvFor(MemberQuery query) => UrlQuery.Append(Csv, Parameters(query));

    /// <summary>The filters as read from the address; anything not understood is no filter.</summary>
    public static MemberQuery Parse(string? search, string? verified, string? model, string? city, string? role, string? from, string? to, string? page) => new(
        string.IsNullOrWhiteSpace(search) ? null : search.Trim(),
        verified switch { "yes" => true, "no" => false, _ => null },
        int.TryParse(model, NumberStyles.None, CultureInfo.InvariantCulture, out var id) && ModelCatalog.Models.Any(m => m.Id == id) ? id : null,
        string.IsNullOrWhiteSpace(city) ? null : city.Trim(),
        Roles.All.FirstOrDefault(r => string.Equals(r, role, StringComparison.OrdinalIgnoreCase)),
        UrlQuery.DayFrom(from),
        UrlQuery.DayFrom(to),
        UrlQuery.PageFrom(page));

    private static (string Name, string? Value)[] Parameters(MemberQuery query) =>
    [
        ("q", query.Search),
        ("verified", query.Verified switch { true => "yes", false => "no", null => null }),
        ("model", query.ModelId is { } model ? Invariant(model) : null),
        ("city", query.City),
        ("role", query.Role),
        ("from", query.JoinedFrom?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
        ("to", query.JoinedTo?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
    ];

    private static string Invariant(int number) => number.ToString(CultureInfo.InvariantCulture);
}
