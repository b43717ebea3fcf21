using Portal.Domain.Experiments;

namespace Portal.Domain.Journeys;

/// <summary>
/// Goal conversion of the treated against the holdout, counted over entrants whose goal window has closed (or who
/// reached it already). <see cref="Withheld"/> when any group it rests on (entrants, converted, not converted, either
/// side) has 1 to 4 members: then no number is shown.
/// </summary>
public sealed record JourneyLift(ProportionComparison Comparison, bool Withheld, int GoalDays);
