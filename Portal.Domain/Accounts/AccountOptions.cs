namespace Portal.Domain.Accounts;

/// <summary>The <c>Portal:Accounts</c> section: words members' display names may not use, and sign-in throttling (<see cref="SignInThrottle"/>).</summary>
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

    /// <summary>Failed sign-ins an account takes before attempts from unknown devices wait.</summary>
    [System.ComponentModel.DataAnnotations.Range(1, 100)]
    public int FreeSignInFailures { get; set; } = 5;

    /// <summary>The first wait; each further failure doubles it.</summary>
    public TimeSpan FirstSignInDelay { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>The longest wait an account's failures impose on unknown devices.</summary>
    public TimeSpan MaxSignInDelay { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>Failed sign-ins one client address may make in <see cref="AddressWindow"/>, whatever the accounts.</summary>
    [System.ComponentModel.DataAnnotations.Range(1, 100_000)]
    public int AddressFailuresPerWindow { get; set; } = 30;

    public TimeSpan AddressWindow { get; set; } = TimeSpan.FromMinutes(15);

    public IReadOnlyList<string> ReservedWords => ReservedNameWords.Count == 0 ? DefaultReservedNameWords : ReservedNameWords;
}
