namespace Portal.Domain.Events;

/// <summary>
/// A member's place at an event (one row per member and event: signing up again after cancelling reuses it).
/// Confirmed sign-ups hold 1 + <see cref="Guests"/> seats.
/// </summary>
public sealed class EventSignup
{
    public const int CodeLength = 6;

    public long Id { get; set; }
    public int EventId { get; set; }
    public OwnerEvent? Event { get; set; }
    public required string MemberId { get; set; }
    public int Guests { get; set; }
    public SignupStatus Status { get; set; }

    /// <summary>The event's <see cref="OwnerEvent.SignupSequence"/> when this sign-up took the lock: the waitlist order.</summary>
    public long Sequence { get; set; }

    /// <summary>Short code for the door (also in the QR code), unique within the event.</summary>
    public required string Code { get; set; }

    public DateTimeOffset SignedUpAt { get; set; }
    public DateTimeOffset? ConfirmedAt { get; set; }
    public DateTimeOffset? CancelledAt { get; set; }
    public DateTimeOffset? CheckedInAt { get; set; }
    public string? CheckedInById { get; set; }

    /// <summary>Set in the same transaction as the reminder notification, so each sign-up is reminded once.</summary>
    public DateTimeOffset? ReminderSentAt { get; set; }

    /// <summary>
    /// The member chose not to be named to other members: the event page counts them as "a member" and their profile
    /// does not list the event. Staff still see them in Studio. Names show by default.
    /// </summary>
    public bool HideName { get; set; }

    public List<EventAnswer> Answers { get; } = [];

    public int Seats => 1 + Guests;
}
