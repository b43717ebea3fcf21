using Portal.Domain.Garage;

namespace Portal.Domain.Accounts;

/// <summary>How many members own a catalog model.</summary>
public sealed record ModelOwnership(int ModelId, string Name, string BodyStyle, Powertrain Powertrain, int Owners);
