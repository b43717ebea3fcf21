using System.ComponentModel.DataAnnotations;

namespace Portal.Domain.Activity;

/// <summary>Settings under <c>Portal:Activity</c>.</summary>
public sealed class ActivityOptions
{
    public const string Section = "Portal:Activity";

    /// <summary>How many undelivered activities one subscriber may have before its oldest are dropped.</summary>
    [Range(8, 100_000)]
    public int SubscriberQueue { get; set; } = 256;

    /// <summary>How often one member's "is replying…" is passed on, per thread.</summary>
    public TimeSpan TypingThrottle { get; set; } = TimeSpan.FromSeconds(3);
}
