using Portal.Domain.Engagement.Reports;

namespace Portal.Domain.Journeys;

/// <summary>Everything a journey's page shows: the journey, its lift, and the report tables (entrants by day, members per step now, actions).</summary>
public sealed record JourneyResults(Journey Journey, JourneyDefinition Definition, JourneyLift Lift, long? Entrants, ReportTable EntrantsByDay, ReportTable StepsNow, ReportTable Actions);
