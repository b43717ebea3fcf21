namespace Portal.Domain.Journeys;

/// <summary>Problem codes of journeys; the UI localises each one (resource key = code). Step problems name the field <c>Steps[i]</c>.</summary>
public static class JourneyProblems
{
    public const string NotFound = "Journeys.NotFound";
    public const string NameRequired = "Journeys.NameRequired";
    public const string NameTooLong = CommonProblems.TooLong;

    /// <summary>Args: the largest share in percent.</summary>
    public const string HoldoutRange = "Journeys.HoldoutRange";
    public const string ReentryRange = "Journeys.ReentryRange";
    public const string TriggerDaysRange = "Journeys.TriggerDaysRange";
    public const string GoalDaysRange = "Journeys.GoalDaysRange";
    public const string NoSteps = "Journeys.NoSteps";

    /// <summary>Args: the most steps a journey may have.</summary>
    public const string TooManySteps = "Journeys.TooManySteps";
    public const string WaitRange = "Journeys.WaitRange";
    public const string HourRange = "Journeys.HourRange";
    public const string BehaviourUnknown = "Journeys.BehaviourUnknown";
    public const string CountRange = "Journeys.CountRange";

    /// <summary>A branch must go to a later step, so a journey always ends.</summary>
    public const string BranchTarget = "Journeys.BranchTarget";
    public const string TextRequired = "Journeys.TextRequired";
    public const string TextTooLong = CommonProblems.TooLong;
    public const string TagInvalid = "Journeys.TagInvalid";

    /// <summary>A segment trigger or condition names no saved segment.</summary>
    public const string SegmentUnknown = "Journeys.SegmentUnknown";

    /// <summary>The status change is not possible from the journey's status (start a stopped one, pause a draft).</summary>
    public const string WrongStatus = "Journeys.WrongStatus";
}
