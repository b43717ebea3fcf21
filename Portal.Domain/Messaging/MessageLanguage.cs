using System.Globalization;

namespace Portal.Domain.Messaging;

/// <summary>The language a member reads messages in: their saved culture (Chinese for any <c>zh</c>), else English, the site's default.</summary>
public static class MessageLanguage
{
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en");
    private static readonly CultureInfo Chinese = CultureInfo.GetCultureInfo("zh-CN");

    public static bool IsChinese(string? preferredCulture) =>
        preferredCulture is not null && preferredCulture.StartsWith("zh", StringComparison.OrdinalIgnoreCase);

    public static CultureInfo Culture(string? preferredCulture) => IsChinese(preferredCulture) ? Chinese : English;

    public static string Title(this MessageContent content, bool chinese)
    {
        ArgumentNullException.ThrowIfNull(content);
        return chinese ? content.TitleChinese : content.TitleEnglish;
    }

    public static string Body(this MessageContent content, bool chinese)
    {
        ArgumentNullException.ThrowIfNull(content);
        return chinese ? content.BodyChinese : content.BodyEnglish;
    }
}
