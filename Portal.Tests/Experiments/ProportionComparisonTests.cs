using Portal.Domain.Experiments;

namespace Portal.Tests.Experiments;

/// <summary>The lift of the treated over the holdout and its 95% interval, against examples worked by hand.</summary>
public sealed class ProportionComparisonTests
{
    [Fact]
    public void A_lift_whose_interval_excludes_zero()
    {
        // Treated 270 of 900 = 0.30; holdout 20 of 100 = 0.20; difference 0.10.
        // SE = sqrt(0.30 * 0.70 / 900 + 0.20 * 0.80 / 100) = sqrt(0.000233333 + 0.0016) = sqrt(0.001833333) = 0.0428174
        // margin = 1.96 * 0.0428174 = 0.0839222; interval 0.10 ± 0.0839222 = [0.0160778, 0.1839222]: above zero.
        var comparison = ProportionComparison.Compare(900, 270, 100, 20);

        Assert.Equal(0.30, comparison.TreatedRate!.Value, 6);
        Assert.Equal(0.20, comparison.HoldoutRate!.Value, 6);
        Assert.Equal(0.10, comparison.Difference!.Value, 6);
        Assert.Equal(0.0160778, comparison.Low!.Value, 6);
        Assert.Equal(0.1839222, comparison.High!.Value, 6);
        Assert.True(comparison.ExcludesZero);
    }

    [Fact]
    public void A_small_difference_whose_interval_spans_zero()
    {
        // Treated 200 of 1000 = 0.20; holdout 18 of 100 = 0.18; difference 0.02.
        // SE = sqrt(0.20 * 0.80 / 1000 + 0.18 * 0.82 / 100) = sqrt(0.00016 + 0.001476) = sqrt(0.001636) = 0.0404475
        // margin = 1.96 * 0.0404475 = 0.0792771; interval [-0.0592771, 0.0992771]: contains zero.
        var comparison = ProportionComparison.Compare(1000, 200, 100, 18);

        Assert.Equal(0.02, comparison.Difference!.Value, 6);
        Assert.Equal(-0.0592771, comparison.Low!.Value, 6);
        Assert.Equal(0.0992771, comparison.High!.Value, 6);
        Assert.False(comparison.ExcludesZero);
    }

    [Fact]
    public void An_empty_group_has_no_rate_difference_or_interval()
    {
        var noHoldout = ProportionComparison.Compare(50, 10, 0, 0);
        var nobody = ProportionComparison.Compare(0, 0, 0, 0);

        Assert.Equal(0.2, noHoldout.TreatedRate!.Value, 6);
        Assert.Null(noHoldout.HoldoutRate);
        Assert.Null(noHoldout.Difference);
        Assert.Null(noHoldout.Low);
        Assert.False(noHoldout.ExcludesZero);
        Assert.Null(nobody.TreatedRate);
        Assert.Null(nobody.High);
    }

    [Fact]
    public void Rates_of_all_or_nothing_give_a_zero_width_interval()
    {
        // p = 1 and p = 0: SE = 0, the interval is the difference itself, 1.0 - 0.0 = 1.0.
        var comparison = ProportionComparison.Compare(10, 10, 10, 0);

        Assert.Equal(1.0, comparison.Low!.Value, 6);
        Assert.Equal(1.0, comparison.High!.Value, 6);
        Assert.True(comparison.ExcludesZero);
        Assert.Throws<ArgumentOutOfRangeException>(() => ProportionComparison.Compare(10, 11, 10, 0));
    }
}
