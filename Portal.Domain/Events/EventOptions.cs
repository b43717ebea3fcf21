using System.ComponentModel.DataAnnotations;

namespace Portal.Domain.Events;

/// <summary>The <c>Portal:Events</c> section: when the door opens.</summary>
public sealed class EventOptions
{
    public const string Section = "Portal:Events";

    /// <summary>How long before an event's start check-in opens; it closes when the event ends.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "7.00:00:00")]
    public TimeSpan CheckInOpensBefore { get; set; } = TimeSpan.FromHours(3);
}
