namespace Portal.Domain.Forums;

/// <summary>
/// The preset reasons a moderator picks when acting on reports (worded in each language by the UI); <see cref="Other"/>
/// needs the moderator's own words. Stored by name (<see cref="ModerationReasons"/>).
/// </summary>
public enum ModerationReason
{
    Spam,
    Harassment,
    OffTopic,
    PersonalData,
    Misinformation,
    Impersonation,
    Other,
}
