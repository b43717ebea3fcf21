using Portal.Domain.Experiments;

namespace Portal.Tests.Experiments;

/// <summary>The holdout draw: the same answer every time, close to its share over 10,000 members, independent between keys.</summary>
public sealed class HoldoutTests
{
    private static readonly string[] Members = Enumerable.Range(0, 10_000).Select(i => Guid.Parse($"{i:D8}-0000-4000-8000-000000000000").ToString()).ToArray();

    [Fact]
    public void The_same_member_and_key_always_draw_the_same()
    {
        var first = Members.Select(m => Holdout.IsHeldOut("journey:3", m, 0.1)).ToArray();
        var again = Members.Select(m => Holdout.IsHeldOut("journey:3", m, 0.1)).ToArray();

        Assert.Equal(first, again);
        // A known value, so a change of the hash (which would move members between groups mid-experiment) fails here.
        // 0.6093479392998339 = the first 53 bits of SHA-256("journey:3\n00000000-0000-4000-8000-000000000000") / 2^53.
        Assert.Equal(0.6093479392998339, Holdout.Draw("journey:3", Members[0]), 12);
    }

    [Theory]
    [InlineData("journey:3", 0.10)]
    [InlineData("announcement:12", 0.10)]
    [InlineData("journey:7", 0.25)]
    public void Over_ten_thousand_members_the_held_out_share_is_within_one_and_a_half_points(string key, double share)
    {
        var heldOut = Members.Count(m => Holdout.IsHeldOut(key, m, share));

        Assert.InRange(heldOut / (double)Members.Length, share - 0.015, share + 0.015);
    }

    [Fact]
    public void Draws_for_two_keys_are_independent()
    {
        var inFirst = Members.Where(m => Holdout.IsHeldOut(Holdout.JourneyKey(3), m, 0.1)).ToHashSet();
        var inSecond = Members.Where(m => Holdout.IsHeldOut(Holdout.AnnouncementKey(3), m, 0.1)).ToList();

        // Independent draws: about 10% of the second holdout is also in the first (not 0%, not 100%).
        var overlap = inSecond.Count(inFirst.Contains) / (double)inSecond.Count;
        Assert.InRange(overlap, 0.05, 0.15);
    }

    [Fact]
    public void Shares_of_nothing_and_everything_hold_out_nobody_and_everybody()
    {
        Assert.DoesNotContain(Members, m => Holdout.IsHeldOut("journey:1", m, 0));
        Assert.All(Members, m => Assert.True(Holdout.IsHeldOut("journey:1", m, 1)));
        Assert.Throws<ArgumentOutOfRangeException>(() => Holdout.IsHeldOut("journey:1", Members[0], 1.5));
    }
}
