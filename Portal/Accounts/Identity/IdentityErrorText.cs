using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Localization;

namespace Portal.Accounts.Identity;

/// <summary>Identity's errors in the reader's language: a localised text per error code, Identity's own English otherwise.</summary>
internal static class IdentityErrorText
{
    public static string Describe(IdentityError error, IStringLocalizer<IdentityText> localizer)
    {
        var text = localizer[$"IdentityError.{error.Code}"];
        return text.ResourceNotFound ? error.Description : text.Value;
    }

    /// <summary>All errors as one status message, starting with the localised "Error:" so it shows as an error.</summary>
    public static string AsStatus(IEnumerable<IdentityError> errors, IStringLocalizer<IdentityText> localizer)
        => localizer["Status.Error", string.Join(" ", errors.Select(error => Describe(error, localizer)))];
}
