namespace Portal.Domain;

/// <summary>Problem codes that several features raise, worded once (Portal/Shell/ProblemText.resx).</summary>
public static class CommonProblems
{
    /// <summary>Args: the maximum number of characters.</summary>
    public const string TooLong = "Common.TooLong";

    public const string UnknownTimeZone = "Common.UnknownTimeZone";
}
