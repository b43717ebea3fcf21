namespace Portal.Domain.Events;

/// <summary>Problem codes of events; the UI localises each one (resource key = code).</summary>
public static class EventProblems
{
    public const string NotFound = "Events.NotFound";
    public const string Forbidden = "Events.Forbidden";
    public const string NotPublished = "Events.NotPublished";
    public const string Cancelled = "Events.Cancelled";
    public const string NotOpenYet = "Events.NotOpenYet";
    public const string Closed = "Events.Closed";
    public const string TooManyGuests = "Events.TooManyGuests";
    public const string NotEligibleModel = "Events.NotEligibleModel";
    public const string NotEligibleVerified = "Events.NotEligibleVerified";
    public const string Full = "Events.Full";
    public const string NoRoomForGuests = "Events.NoRoomForGuests";
    public const string AnswerRequired = "Events.AnswerRequired";
    public const string AnswerInvalid = "Events.AnswerInvalid";
    public const string AnswerTooLong = CommonProblems.TooLong;
    public const string NotSignedUp = "Events.NotSignedUp";
    public const string NotConfirmed = "Events.NotConfirmed";
    public const string TitleLength = "Events.TitleLength";
    public const string DescriptionTooLong = CommonProblems.TooLong;
    public const string CityRequired = "Events.CityRequired";
    public const string TextTooLong = CommonProblems.TooLong;
    public const string UrlInvalid = "Events.UrlInvalid";
    public const string PlaceRequired = "Events.PlaceRequired";
    public const string TimeZoneUnknown = CommonProblems.UnknownTimeZone;
    public const string EndBeforeStart = "Events.EndBeforeStart";
    public const string CapacityRange = "Events.CapacityRange";
    public const string GuestLimitRange = "Events.GuestLimitRange";
    public const string WindowInvalid = "Events.WindowInvalid";
    public const string ModelsRequired = "Events.ModelsRequired";
    public const string TooManyQuestions = "Events.TooManyQuestions";
    public const string QuestionPrompt = "Events.QuestionPrompt";
    public const string QuestionChoices = "Events.QuestionChoices";
    public const string QuestionsLocked = "Events.QuestionsLocked";
    public const string OccurrencesRange = "Events.OccurrencesRange";
    public const string AlreadyCancelled = "Events.AlreadyCancelled";
    public const string MessageLength = "Events.MessageLength";
    public const string CoverTooLarge = "Events.CoverTooLarge";
    public const string CoverNotImage = "Events.CoverNotImage";

    /// <summary>A checked-in sign-up cannot be cancelled or made smaller by its member (the door count would lose them).</summary>
    public const string CheckedIn = "Events.CheckedIn";

    /// <summary>Check-in has not opened yet; the argument is when it opens.</summary>
    public const string CheckInNotOpen = "Events.CheckInNotOpen";
    public const string CheckInClosed = "Events.CheckInClosed";

    /// <summary>A new event, or one being published, starts in the past.</summary>
    public const string StartInPast = "Events.StartInPast";

    /// <summary>Only a published event nobody has signed up for can go back to draft.</summary>
    public const string HasSignups = "Events.HasSignups";
}
