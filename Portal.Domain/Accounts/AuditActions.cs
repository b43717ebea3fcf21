namespace Portal.Domain.Accounts;

/// <summary>The <see cref="AuditEntry.Action"/> values written today.</summary>
public static class AuditActions
{
    public const string RoleGranted = "role.granted";
    public const string RoleRevoked = "role.revoked";
    public const string VehicleVerified = "vehicle.verified";
    public const string VehicleUnverified = "vehicle.unverified";
}
