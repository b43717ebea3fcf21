namespace Portal.Domain.Forums;

/// <summary>
/// What a moderator should know about a reported author: how long they have been a member, how much they post, the
/// earlier decisions on reports against them, and their silences (<see cref="SilencedUntil"/> is set while one lasts).
/// </summary>
public sealed record ReportedAuthorRecord(
    DateTimeOffset JoinedAt,
    int PostCount,
    int EarlierReports,
    int Dismissed,
    int Hidden,
    int Silenced,
    DateTimeOffset? SilencedUntil)
{
    /// <summary>Silences that have ended (the current one, if any, is not among them).</summary>
    public int PastSilences => SilencedUntil is null ? Silenced : Math.Max(0, Silenced - 1);
}
