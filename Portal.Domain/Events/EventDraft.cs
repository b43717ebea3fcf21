namespace Portal.Domain.Events;

/// <summary>What an editor fills in to create or edit an event. Start and end are wall-clock times in <see cref="TimeZoneId"/>.</summary>
public sealed class EventDraft
{
    public const int MaxOccurrences = 12;

    public string Title { get; set; } = "";
    public string Description { get; set; } = "";
    public DateTime StartsLocal { get; set; }
    public DateTime EndsLocal { get; set; }
    public string TimeZoneId { get; set; } = Accounts.TimeZones.Default;
    public string City { get; set; } = "";
    public string? Venue { get; set; }
    public string? Address { get; set; }
    public string? MapUrl { get; set; }
    public string? OnlineUrl { get; set; }
    public int Capacity { get; set; } = 30;

    /// <summary>Wall-clock time in the event's zone; null opens sign-up on publishing.</summary>
    public DateTime? SignupOpensLocal { get; set; }

    /// <summary>Wall-clock time in the event's zone; null closes sign-up at the start.</summary>
    public DateTime? SignupClosesLocal { get; set; }

    public bool WaitlistEnabled { get; set; } = true;
    public int MaxGuests { get; set; }
    public EventEligibility Eligibility { get; set; }
    public List<int> EligibleModelIds { get; set; } = [];
    public List<EventQuestionDraft> Questions { get; set; } = [];

    /// <summary>Only when creating: repeat weekly or monthly, <see cref="Occurrences"/> times in all.</summary>
    public EventRepeat Repeat { get; set; }

    public int Occurrences { get; set; } = 4;
}
