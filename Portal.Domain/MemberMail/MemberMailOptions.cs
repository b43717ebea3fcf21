using System.ComponentModel.DataAnnotations;

namespace Portal.Domain.MemberMail;

/// <summary>The <c>Portal:MemberMail</c> section: how notification emails and the digest go out.</summary>
public sealed class MemberMailOptions
{
    public const string Section = "Portal:MemberMail";

    /// <summary>How often the delivery job looks for queued emails.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "01:00:00")]
    public TimeSpan DeliveryInterval { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Emails claimed per transaction (and then handed to the transport).</summary>
    [Range(1, 10_000)]
    public int BatchSize { get; set; } = 200;

    /// <summary>The local hour (in each member's own time zone) from which the day's or week's digest goes out.</summary>
    [Range(0, 23)]
    public int DigestHour { get; set; } = 8;

    /// <summary>The weekday the weekly digest goes out.</summary>
    public DayOfWeek WeeklyDigestDay { get; set; } = DayOfWeek.Monday;

    /// <summary>How often the digest job looks for members whose digest is due.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "01:00:00")]
    public TimeSpan DigestInterval { get; set; } = TimeSpan.FromHours(1);
}
