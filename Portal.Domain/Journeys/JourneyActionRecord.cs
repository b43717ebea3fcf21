namespace Portal.Domain.Journeys;

/// <summary>
/// One action of one member's journey, written in the same transaction that moves the member past it. Its
/// <see cref="IdempotencyKey"/> (member, journey, version, step and entry) is unique, and is the key handed to the
/// message dispatcher: a restart mid-journey never runs an action twice.
/// </summary>
public sealed class JourneyActionRecord
{
    public const int KeyMaxLength = 120;

    public long Id { get; set; }

    public long EnrollmentId { get; set; }

    public int JourneyId { get; set; }

    public int Version { get; set; }

    public int Step { get; set; }

    public required string MemberId { get; set; }

    public JourneyActionKind Kind { get; set; }

    public JourneyActionOutcome Outcome { get; set; }

    public DateTimeOffset At { get; set; }

    public required string IdempotencyKey { get; set; }

    /// <summary>The key of one action: <c>journey:3:v2:step:4:member:{id}:entry:{enrollment}</c>.</summary>
    public static string KeyFor(JourneyEnrollment enrollment, int step)
    {
        ArgumentNullException.ThrowIfNull(enrollment);
        return FormattableString.Invariant($"journey:{enrollment.JourneyId}:v{enrollment.Version}:step:{step}:member:{enrollment.MemberId}:entry:{enrollment.Id}");
    }
}
