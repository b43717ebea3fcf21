namespace Portal.Domain.Forums;

public enum ReportReason
{
    Spam,
    Abusive,
    OffTopic,
    Other,
}
