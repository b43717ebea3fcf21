using Microsoft.Extensions.Localization;
using Portal.Domain.Accounts;

namespace Portal.Accounts;

/// <summary>
/// The one way a page words a member's name (text, labels, sentences, quotes): their display name, or for the
/// <see cref="DeletedMember"/> the reader's own words (<c>Member.Deleted</c>) instead of the stored English.
/// <see cref="MemberName"/> and <see cref="MemberAvatar"/> use it; so does every other place that names a member.
/// </summary>
public static class MemberNames
{
    public static string Shown(this IStringLocalizer<AccountText> text, string? memberId, string? displayName)
    {
        ArgumentNullException.ThrowIfNull(text);
        return DeletedMember.Is(memberId) ? text["Member.Deleted"] : displayName ?? "";
    }

    public static string Shown(this IStringLocalizer<AccountText> text, MemberSummary member)
    {
        ArgumentNullException.ThrowIfNull(member);
        return text.Shown(member.Id, member.DisplayName);
    }
}
