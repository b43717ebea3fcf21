using System.Globalization;

namespace Portal.Forums;

/// <summary>Content stored in both languages (board names): the Chinese text for a Chinese UI, English otherwise.</summary>
internal static class Bilingual
{
    public static string Pick(string english, string chinese) =>
        CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "zh" && chinese.Length > 0 ? chinese : english;
}
