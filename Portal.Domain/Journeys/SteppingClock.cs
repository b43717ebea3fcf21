namespace Portal.Domain.Journeys;

/// <summary>A clock that stands where it is told: the demo seed walks its journey's history with it through the real engine.</summary>
internal sealed class SteppingClock(DateTimeOffset start) : TimeProvider
{
    public DateTimeOffset Now { get; set; } = start;

    public override DateTimeOffset GetUtcNow() => Now;
}
