using Portal.Domain.Accounts;

namespace Portal.Domain.Garage;

/// <summary>A car in a member's garage.</summary>
public sealed class Vehicle
{
    public const int NicknameMaxLength = 40;

    public int Id { get; set; }
    public required string OwnerId { get; set; }
    public PortalUser? Owner { get; set; }
    public int ModelId { get; set; }
    public VehicleModel? Model { get; set; }
    public int Year { get; set; }
    public string? Nickname { get; set; }

    /// <summary>Normalised (upper-case) VIN that passed <see cref="Vin.Validate"/>, or null.</summary>
    public string? Vin { get; set; }

    public DateTimeOffset AddedAt { get; set; }

    /// <summary>Set when an operator has checked ownership; verified owners get a badge.</summary>
    public DateTimeOffset? VerifiedAt { get; set; }

    public string? VerifiedById { get; set; }

    /// <summary>Set when an operator declined to verify the car; cleared when the owner changes its VIN or model.</summary>
    public DateTimeOffset? RejectedAt { get; set; }

    public string? RejectedById { get; set; }

    public RejectionReason? RejectionReason { get; set; }

    /// <summary>The operator's words to the owner, beyond the preset reason.</summary>
    public string? RejectionNote { get; set; }
}
