namespace Portal.Domain.Forums;

/// <summary>Problem codes of the forums; the UI localises each one.</summary>
public static class ForumProblems
{
    public const string NotFound = "Forums.NotFound";
    public const string Forbidden = "Forums.Forbidden";
    public const string Locked = "Forums.Locked";
    public const string TitleLength = "Forums.TitleLength";
    public const string TooShort = "Forums.TooShort";
    public const string TooLong = "Forums.TooLong";
    public const string TooManyTags = "Forums.TooManyTags";
    public const string TagInvalid = "Forums.TagInvalid";
    public const string TooManyLinks = "Forums.TooManyLinks";
    public const string NewMemberThreadLimit = "Forums.NewMemberThreadLimit";
    public const string NewMemberReplyLimit = "Forums.NewMemberReplyLimit";
    public const string Cooldown = "Forums.Cooldown";
    public const string Duplicate = "Forums.Duplicate";
    public const string Silenced = "Forums.Silenced";
    public const string NotAReply = "Forums.NotAReply";
    public const string NotStaff = "Forums.NotStaff";
    public const string AlreadyReported = "Forums.AlreadyReported";
    public const string ReportTextRequired = "Forums.ReportTextRequired";
    public const string ReasonRequired = "Forums.ReasonRequired";
    public const string EmailNotConfirmed = "Forums.EmailNotConfirmed";
    public const string PhotoTooLarge = "Forums.PhotoTooLarge";
    public const string NotAPhoto = "Forums.NotAPhoto";
    public const string TooManyPhotos = "Forums.TooManyPhotos";
}
