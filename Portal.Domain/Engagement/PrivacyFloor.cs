using Microsoft.Extensions.Options;

namespace Portal.Domain.Engagement;

/// <summary>
/// The one privacy-floor rule: no breakdown, chart, table or export shows a group of 1 to
/// <see cref="EngagementOptions.MinGroupSize"/> − 1 members (an empty group reveals nobody and shows as 0). Every report
/// that breaks numbers down by a group of members asks here; the UI renders a withheld cell as "fewer than N".
/// </summary>
public sealed class PrivacyFloor(IOptions<EngagementOptions> options)
{
    public int MinGroupSize => options.Value.MinGroupSize;

    /// <summary>True when a group of <paramref name="members"/> may be shown.</summary>
    public bool Shows(long members) => members == 0 || members >= MinGroupSize;

    /// <summary><paramref name="value"/> when its group of <paramref name="members"/> may be shown, else null (withheld).</summary>
    public long? Cell(long members, long value) => Shows(members) ? value : null;
}
