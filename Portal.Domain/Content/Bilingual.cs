using System.Globalization;

namespace Portal.Domain.Content;

/// <summary>Content stored in both languages (board names and descriptions): the Chinese text for a Chinese UI when there is one, English otherwise.</summary>
public static class Bilingual
{
    public static string Pick(string english, string? chinese) =>
        CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "zh" && !string.IsNullOrWhiteSpace(chinese) ? chinese : english;
}
