namespace Portal.Domain.Forums;

public enum ReportStatus
{
    Open,
    Dismissed,
    PostHidden,
    MemberSilenced,
}
