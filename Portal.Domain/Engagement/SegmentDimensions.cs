namespace Portal.Domain.Engagement;

/// <summary>The segment dimensions daily rollups and breakdowns are kept by.</summary>
public static class SegmentDimensions
{
    /// <summary>A model id the member owned (one row per model); "none" for members without a car and visitors.</summary>
    public const string Model = "model";

    /// <summary>The member's city; "" when unknown.</summary>
    public const string Region = "region";

    /// <summary>"yes" when the member had a verified car, else "no".</summary>
    public const string Verified = "verified";

    /// <summary>The <see cref="LifecycleStage"/> name, or "visitor".</summary>
    public const string Stage = "stage";

    /// <summary>The <see cref="DeviceClass"/> name.</summary>
    public const string Device = "device";

    public const string None = "none";
    public const string Visitor = "visitor";
    public const string Yes = "yes";
    public const string No = "no";

    public static IReadOnlyList<string> All { get; } = [Model, Region, Verified, Stage, Device];
}
