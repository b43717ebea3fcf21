using Microsoft.Extensions.Localization;

namespace Portal.Domain.Localization;

/// <summary>
/// Counted phrases ("1 guest", "2 guests"): a resource has two forms, <c>{key}.One</c> and <c>{key}.Other</c>, and the
/// count picks one (English needs both; the Chinese file gives the same text twice, as Chinese has no plural). The count
/// is the first format argument, so the text says <c>{0} guests</c>.
/// </summary>
public static class PluralText
{
    public static LocalizedString Plural(this IStringLocalizer localizer, string key, long count, params object[] more)
    {
        ArgumentNullException.ThrowIfNull(localizer);
        ArgumentNullException.ThrowIfNull(more);
        return localizer[count == 1 ? key + ".One" : key + ".Other", [count, .. more]];
    }
}
