using System.Globalization;
using Portal.Domain;
using Portal.Domain.Garage;

namespace Portal.Console.Verification;

/// <summary>The verification queue's address with its filters.</summary>
internal static class VerificationUrls
{
    public const string Index = "/console/verification";

    /// <summary>The queue filtered by <paramref name="query"/>; defaults (no filter, page 1) are left out.</summary>
    public static string Filtered(VerificationQuery query) => UrlQuery.Append(
        Index,
        ("model", query.ModelId?.ToString(CultureInfo.InvariantCulture)),
        ("city", string.IsNullOrWhiteSpace(query.City) ? null : query.City),
        ("page", query.Page > 1 ? query.Page.ToString(CultureInfo.InvariantCulture) : null));

    /// <summary>A model id from the address, or null.</summary>
    public static int? ModelFrom(string? text) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var id) && ModelCatalog.Models.Any(m => m.Id == id) ? id : null;
}
