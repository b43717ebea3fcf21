using System.ComponentModel.DataAnnotations;

namespace Portal.Domain.Messaging;

/// <summary>The <c>Portal:Messaging</c> section: the guard rails every segment, announcement and journey message passes.</summary>
public sealed class MessagingOptions
{
    public const string Section = "Portal:Messaging";

    /// <summary>Marketing messages a member gets at most in any 7 days (delivered and pending, from every source).</summary>
    [Range(1, 100)]
    public int MaxPerWeek { get; set; } = 3;

    /// <summary>From this local time (the member's own time zone) messages wait ...</summary>
    [Range(typeof(TimeSpan), "00:00:00", "23:59:59")]
    public TimeSpan QuietHoursStart { get; set; } = new(21, 0, 0);

    /// <summary>... until this local time. Equal to the start turns quiet hours off.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "23:59:59")]
    public TimeSpan QuietHoursEnd { get; set; } = new(8, 0, 0);

    /// <summary>How often the delivery job looks for due messages.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "01:00:00")]
    public TimeSpan DeliveryInterval { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>
    /// Hosts besides the site's own that a message's links may send members to through the click-tracking redirect
    /// (e.g. <c>www.aurelia-motors.example</c>); a link to any other host is shown untracked, never redirected to.
    /// </summary>
    public IList<string> AllowedLinkHosts { get; } = [];

    /// <summary>Deliveries written per transaction.</summary>
    [Range(1, 10_000)]
    public int DeliveryBatchSize { get; set; } = 1_000;
}
