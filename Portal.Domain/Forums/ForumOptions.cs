using System.ComponentModel.DataAnnotations;

namespace Portal.Domain.Forums;

/// <summary>
/// The <c>Portal:Forums</c> section: posting limits in the spirit of Discourse's new-user limits. They are
/// enforced in <see cref="ForumService"/>, so they hold for interactive Blazor events as well as HTTP posts.
/// </summary>
public sealed class ForumOptions
{
    public const string Section = "Portal:Forums";

    /// <summary>Members whose account is younger than this are "new" and get the tighter limits below.</summary>
    public TimeSpan NewMemberPeriod { get; set; } = TimeSpan.FromDays(1);

    [Range(0, 1000)]
    public int NewMemberThreadsPerDay { get; set; } = 3;

    [Range(0, 1000)]
    public int NewMemberRepliesPerDay { get; set; } = 10;

    [Range(0, 100)]
    public int NewMemberMaxLinks { get; set; } = 2;

    /// <summary>Photos one post may show (and a member may have uploaded and not yet posted).</summary>
    [Range(0, 50)]
    public int MaxPhotosPerPost { get; set; } = 8;

    /// <summary>Photos one post by a new member may show: fewer, as they get fewer links.</summary>
    [Range(0, 50)]
    public int NewMemberMaxPhotosPerPost { get; set; } = 2;

    /// <summary>An uploaded photo no post shows after this long is deleted (row and files).</summary>
    public TimeSpan AbandonedPhotoLifetime { get; set; } = TimeSpan.FromHours(24);

    /// <summary>Shortest post, counted in characters of plain text (a Chinese sentence is short).</summary>
    [Range(1, 1000)]
    public int MinPostLength { get; set; } = 8;

    /// <summary>Time a member waits between two posts.</summary>
    public TimeSpan PostCooldown { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>The same body posted again by the same member within this window is refused.</summary>
    public TimeSpan DuplicateWindow { get; set; } = TimeSpan.FromMinutes(5);
}
