namespace Portal.Domain.Segments;

/// <summary>Why a segment was not saved (worded in the console's SegmentsText).</summary>
public static class SegmentProblems
{
    public const string NameRequired = "Segments.NameRequired";
    public const string NameTaken = "Segments.NameTaken";
    public const string NotFound = "Segments.NotFound";

    /// <summary>Args: the most conditions and the deepest nesting a segment may have.</summary>
    public const string TooComplex = "Segments.TooComplex";

    /// <summary>Args: the longest window in days.</summary>
    public const string BadWindow = "Segments.BadWindow";

    /// <summary>Args: the largest "at least" count.</summary>
    public const string BadAtLeast = "Segments.BadAtLeast";
    public const string UnknownModel = "Segments.UnknownModel";
    public const string BadYear = "Segments.BadYear";
    public const string RegionRequired = "Segments.RegionRequired";
    public const string BadAccountAge = "Segments.BadAccountAge";

    /// <summary>A value the builder never offers (an unknown stage, activity or category, a culture that is no culture name).</summary>
    public const string BadValue = "Segments.BadValue";
}
