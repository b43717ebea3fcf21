namespace Portal.Domain.Accounts;

/// <summary>
/// The one "deleted member" account that keeps what erased members leave behind for others (posts they chose to keep,
/// reports' outcomes, audit entries, staff work): a row with no email, no password and no profile, that nobody can sign
/// in as. A global query filter hides it from every member query (lists, counts, search, profiles 404); the one
/// projection of names (<see cref="MemberSummaries"/>) reads it so authors show as "deleted member".
/// </summary>
public static class DeletedMember
{
    public const string Id = "deleted-member";

    /// <summary>The stored name (the UI shows its own localised words instead).</summary>
    public const string StoredName = "Deleted member";

    public static bool Is(string? memberId) => string.Equals(memberId, Id, StringComparison.Ordinal);

    internal static PortalUser NewAccount() => new()
    {
        Id = Id,
        UserName = Id,
        NormalizedUserName = Id.ToUpperInvariant(),
        SecurityStamp = Guid.NewGuid().ToString("N"),
        DisplayName = StoredName,
        LockoutEnabled = true,
        LockoutEnd = DateTimeOffset.MaxValue,
        JoinedAt = DateTimeOffset.UnixEpoch,
    };
}
