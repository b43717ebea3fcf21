namespace EngagementBench;

internal sealed record JourneyRun(int Entrants, double EnrolSeconds, int Steps, double AdvanceSeconds, double StepsPerSecond);
