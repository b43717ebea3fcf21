namespace Portal.Domain.Messaging;

/// <summary>
/// What a message is about. Community and Events are marketing: they need the member's consent and count against the
/// weekly cap. A service notice (a recall, a change to the member's account or booking) arrives without consent, outside
/// the cap, and says so in its footer.
/// </summary>
public enum MessageCategory
{
    Community,
    Events,
    ServiceNotice,
}
