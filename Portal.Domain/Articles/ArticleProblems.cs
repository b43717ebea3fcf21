namespace Portal.Domain.Articles;

/// <summary>Problem codes of articles; the UI localises each one (resource key = code).</summary>
public static class ArticleProblems
{
    public const string NotFound = "Articles.NotFound";
    public const string Forbidden = "Articles.Forbidden";
    public const string TitleLength = "Articles.TitleLength";
    public const string TooLong = CommonProblems.TooLong;
    public const string SlugInvalid = "Articles.SlugInvalid";
    public const string TooManyTags = "Articles.TooManyTags";
    public const string UnknownModel = "Articles.UnknownModel";

    /// <summary>Someone saved the article after this editor opened it; their text is kept, nothing was written.</summary>
    public const string Conflict = "Articles.Conflict";

    public const string ScheduleInPast = "Articles.ScheduleInPast";

    /// <summary>The change is not allowed from the article's current status (e.g. archiving a draft).</summary>
    public const string WrongStatus = "Articles.WrongStatus";

    public const string CategoryUnknown = "Articles.CategoryUnknown";
    public const string RevisionNotFound = "Articles.RevisionNotFound";
    public const string ImageTooLarge = "Articles.ImageTooLarge";
    public const string NotImage = "Articles.ImageNotImage";
}
