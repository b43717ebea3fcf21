namespace Portal.Domain.Messaging;

public enum DispatchStatus
{
    /// <summary>Logged and waiting for its due time; the delivery job sends it.</summary>
    Queued,

    /// <summary>Not sent, for <see cref="DispatchOutcome.Reason"/>.</summary>
    Suppressed,
}
