namespace Portal.Domain.Journeys;

/// <summary>
/// One journey in the list: its status, entrants (null: withheld, 1 to 4) and the treated members' goal conversion among
/// those whose goal window has closed (null: none yet, or a group of 1 to 4 it would reveal).
/// </summary>
public sealed record JourneySummary(int Id, string Name, JourneyStatus Status, long? Entrants, double? Conversion);
