namespace Portal.Domain.Forums;

public enum ReportAction
{
    Dismiss,
    HidePost,
    SilenceMember,
}
