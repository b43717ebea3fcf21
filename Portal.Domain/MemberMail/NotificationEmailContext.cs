using Portal.Domain.Events;
using Portal.Domain.Messaging;

namespace Portal.Domain.MemberMail;

/// <summary>What composing one notification email needs besides its outbox row: the member, the actor's name, the event and the member's door code.</summary>
public sealed record NotificationEmailContext(MessageRecipient Member, string? ActorName, OwnerEvent? Event, string? DoorCode);
