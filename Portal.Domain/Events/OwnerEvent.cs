namespace Portal.Domain.Events;

/// <summary>
/// An owner event: a meet-up, test drive, factory tour or track day. Times are stored in UTC and shown in
/// <see cref="TimeZoneId"/>, the zone the event happens in.
/// </summary>
public sealed class OwnerEvent
{
    public const int TitleMinLength = 4;
    public const int TitleMaxLength = 120;
    public const int SlugMaxLength = 80;
    public const int DescriptionMaxLength = 20_000;
    public const int CityMaxLength = 60;
    public const int VenueMaxLength = 120;
    public const int AddressMaxLength = 200;
    public const int UrlMaxLength = 500;
    public const int MaxCapacity = 10_000;
    public const int GuestLimit = 5;
    public const int MaxQuestions = 5;
    public const int SeriesKeyLength = 32;

    /// <summary>The slug an event gets from its title (URLs start with the id, so it need not be unique).</summary>
    public static string SlugFor(string title) => Content.Slug.From(title, "event", SlugMaxLength);

    public int Id { get; set; }
    public required string Title { get; set; }
    public required string Slug { get; set; }
    public string Description { get; set; } = "";
    public string DescriptionHtml { get; set; } = "";

    /// <summary>File name of the processed cover image under the uploads folder, or null.</summary>
    public string? CoverFile { get; set; }

    public DateTimeOffset StartsAt { get; set; }
    public DateTimeOffset EndsAt { get; set; }
    public required string TimeZoneId { get; set; }
    public required string City { get; set; }
    public string? Venue { get; set; }
    public string? Address { get; set; }
    public string? MapUrl { get; set; }
    public string? OnlineUrl { get; set; }

    /// <summary>Seats, members and their guests together.</summary>
    public int Capacity { get; set; }

    /// <summary>Null: sign-up opens when the event is published.</summary>
    public DateTimeOffset? SignupOpensAt { get; set; }

    /// <summary>Null: sign-up closes when the event starts.</summary>
    public DateTimeOffset? SignupClosesAt { get; set; }

    public bool WaitlistEnabled { get; set; } = true;

    /// <summary>How many guests a member may bring (0 to <see cref="GuestLimit"/>).</summary>
    public int MaxGuests { get; set; }

    public EventEligibility Eligibility { get; set; }
    public List<EventEligibleModel> EligibleModels { get; } = [];
    public List<EventQuestion> Questions { get; } = [];

    public EventStatus Status { get; set; }

    /// <summary>Shared by the occurrences of a weekly or monthly series; null for a single event.</summary>
    public string? SeriesKey { get; set; }

    public required string CreatedById { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset? PublishedAt { get; set; }
    public DateTimeOffset? CancelledAt { get; set; }

    /// <summary>
    /// Counts every seat-changing call in the order it took the event's lock; a sign-up's <see cref="EventSignup.Sequence"/>
    /// is its value, which orders the waitlist. Incrementing it is the lock (see <see cref="EventLock"/>).
    /// </summary>
    public long SignupSequence { get; set; }

    /// <summary>The event's discussion thread (in the events board), opened when it is first published.</summary>
    public long? ThreadId { get; set; }

    public string Url => EventUrls.Page(Id, Slug);

    public DateTimeOffset SignupClosesOrStart => SignupClosesAt ?? StartsAt;
}
