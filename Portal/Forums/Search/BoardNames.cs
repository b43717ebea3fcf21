using System.Globalization;

namespace Portal.Forums.Search;

/// <summary>Boards carry an English and a Chinese name; the viewer's UI language picks one.</summary>
internal static class BoardNames
{
    public static string Localised(string name, string nameZh) =>
        CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "zh" && !string.IsNullOrWhiteSpace(nameZh) ? nameZh : name;
}
