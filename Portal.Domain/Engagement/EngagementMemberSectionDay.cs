namespace Portal.Domain.Engagement;

/// <summary>
/// How many thread views a member had in a board, or article views in a category, on a local day: the per-member rollup
/// segments read for "viewed a board / an article category" (raw events are never scanned per request). <see cref="Section"/>
/// is the board id of the thread when it was viewed, or the article's category name.
/// </summary>
public sealed class EngagementMemberSectionDay
{
    public const int SectionMaxLength = 32;

    public required string MemberId { get; set; }

    public int Day { get; set; }

    public required string Kind { get; set; }

    public required string Section { get; set; }

    public int Count { get; set; }
}
