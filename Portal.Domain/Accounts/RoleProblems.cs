namespace Portal.Domain.Accounts;

/// <summary>Problem codes for role changes.</summary>
public static class RoleProblems
{
    public const string NotAllowed = "Roles.NotAllowed";
    public const string UnknownRole = "Roles.UnknownRole";
    public const string OwnerIsImplicit = "Roles.OwnerIsImplicit";
    public const string CannotRevokeOwnOperator = "Roles.CannotRevokeOwnOperator";
    public const string UnknownMember = "Roles.UnknownMember";
}
