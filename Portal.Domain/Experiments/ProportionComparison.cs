namespace Portal.Domain.Experiments;

/// <summary>
/// Goal conversion of the treated against the holdout: both rates, the difference (treated minus holdout) and its 95%
/// confidence interval from the unpooled standard error, sqrt(p1(1-p1)/n1 + p2(1-p2)/n2), with z = 1.96.
/// A group of nobody has no rate (null), and then no difference and no interval either.
/// </summary>
public sealed record ProportionComparison(
    int TreatedN,
    int TreatedConverted,
    int HoldoutN,
    int HoldoutConverted,
    double? TreatedRate,
    double? HoldoutRate,
    double? Difference,
    double? Low,
    double? High)
{
    /// <summary>The normal quantile of a two-sided 95% interval.</summary>
    public const double Z95 = 1.96;

    /// <summary>Whether the interval excludes zero, so the lift (or harm) is unlikely to be chance at the 5% level.</summary>
    public bool ExcludesZero => Low is { } low && High is { } high && (low > 0 || high < 0);

    public static ProportionComparison Compare(int treatedN, int treatedConverted, int holdoutN, int holdoutConverted)
    {
        Check(treatedN, treatedConverted);
        Check(holdoutN, holdoutConverted);
        double? treated = treatedN == 0 ? null : (double)treatedConverted / treatedN;
        double? holdout = holdoutN == 0 ? null : (double)holdoutConverted / holdoutN;
        if (treated is not { } p1 || holdout is not { } p2)
        {
            return new(treatedN, treatedConverted, holdoutN, holdoutConverted, treated, holdout, null, null, null);
        }

        var difference = p1 - p2;
        var standardError = Math.Sqrt((p1 * (1 - p1) / treatedN) + (p2 * (1 - p2) / holdoutN));
        var margin = Z95 * standardError;
        return new(treatedN, treatedConverted, holdoutN, holdoutConverted, p1, p2, difference, difference - margin, difference + margin);
    }

    private static void Check(int n, int converted)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(n);
        ArgumentOutOfRangeException.ThrowIfNegative(converted);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(converted, n);
    }
}
