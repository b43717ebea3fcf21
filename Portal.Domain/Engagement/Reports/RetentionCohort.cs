namespace Portal.Domain.Engagement.Reports;

/// <summary>
/// The members who joined in a week (<see cref="Week"/>, its Monday) and how many of them were active in that week and
/// each following one (<see cref="Active"/>[0] is the join week). Under the privacy floor the whole cohort is withheld:
/// <see cref="Members"/> and every cell are null, so no percentage shows. Weeks still to come are not in the list.
/// </summary>
public sealed record RetentionCohort(int Week, long? Members, IReadOnlyList<long?> Active)
{
    public bool Withheld => Members is null;

    /// <summary>The share of the cohort active <paramref name="offset"/> weeks after joining; null when withheld, empty or not yet reached.</summary>
    public double? Share(int offset) =>
        Members is > 0 && offset < Active.Count && Active[offset] is { } active ? (double)active / Members.Value : null;
}
