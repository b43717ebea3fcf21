using System.ComponentModel.DataAnnotations;

namespace Portal.Domain.Journeys;

/// <summary>The <c>Portal:Journeys</c> section: how often the engine runs and how many members it moves per batch.</summary>
public sealed class JourneyOptions
{
    public const string Section = "Portal:Journeys";

    /// <summary>How often the engine looks for entrants, goals reached and due steps.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "01:00:00")]
    public TimeSpan Interval { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Enrollments one node claims and moves in one transaction.</summary>
    [Range(1, 10_000)]
    public int BatchSize { get; set; } = 500;

    /// <summary>How long a claimed batch stays a node's; after it, another node may take the batch over.</summary>
    [Range(typeof(TimeSpan), "00:00:10", "01:00:00")]
    public TimeSpan ClaimLease { get; set; } = TimeSpan.FromMinutes(5);
}
