using System.ComponentModel.DataAnnotations;

namespace Portal.Domain.Articles;

/// <summary>The <c>Portal:Articles</c> section: where discussions open and how often the scheduler looks for due articles.</summary>
public sealed class ArticleOptions
{
    public const string Section = "Portal:Articles";

    /// <summary>
    /// Slug of the board an article's discussion opens in when the article targets no model (else its first model's
    /// club). Default: the brand feedback board, which the product team reads.
    /// </summary>
    [Required]
    [RegularExpression("^[a-z0-9]+(-[a-z0-9]+)*$")]
    public string DiscussionBoard { get; set; } = "feedback";

    /// <summary>How often the recurring job publishes the scheduled articles whose time has come.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "01:00:00")]
    public TimeSpan SchedulerInterval { get; set; } = TimeSpan.FromSeconds(15);
}
