using System.Globalization;
using Portal.Domain.Localization;

namespace Portal.Domain.Messaging;

/// <summary>The language a member reads messages in: their saved culture (Chinese for any <c>zh</c>), else English, the site's default.</summary>
public static class MessageLanguage
{
    public static bool IsChinese(string? preferredCulture) => PortalCultures.IsChinese(preferredCulture);

    public static CultureInfo Culture(string? preferredCulture) => PortalCultures.For(preferredCulture);

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
