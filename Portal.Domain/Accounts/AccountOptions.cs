namespace Portal.Domain.Accounts;

/// <summary>The <c>Portal:Accounts</c> section: words members' display names may not use.</summary>
public sealed class AccountOptions
{
    public const string Section = "Portal:Accounts";

    /// <summary>Used when the configuration gives no list: the brand's and the staff's words, in English and Chinese.</summary>
    public static IReadOnlyList<string> DefaultReservedNameWords { get; } =
        ["Aurelia", "official", "官方", "editorial", "editor", "admin", "administrator", "moderator", "staff", "support", "客服", "管理员", "版主", "编辑部"];

    /// <summary>
    /// Words a member's display name may not contain (staff accounts are exempt), compared after NFKC and case folding,
    /// ignoring invisible characters: Latin words as whole words ("Badminton" is fine, "Aurelia Official" is not),
    /// Chinese words anywhere in the name. Empty: <see cref="DefaultReservedNameWords"/>.
    /// </summary>
    public List<string> ReservedNameWords { get; set; } = [];

    public IReadOnlyList<string> ReservedWords => ReservedNameWords.Count == 0 ? DefaultReservedNameWords : ReservedNameWords;
}
