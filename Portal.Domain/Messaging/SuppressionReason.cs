namespace Portal.Domain.Messaging;

/// <summary>Why a message (or one of its channels) does not go out.</summary>
public enum SuppressionReason
{
    /// <summary>A marketing category and the member has not consented (or withdrew consent before delivery).</summary>
    NoConsent,

    /// <summary>The member already has <c>MaxPerWeek</c> marketing messages delivered or pending in the last 7 days.</summary>
    Capped,

    /// <summary>A message with the same idempotency key exists; nothing new is logged.</summary>
    Duplicate,

    /// <summary>The email channel was asked for and the member's address is not confirmed (the in-app message still goes).</summary>
    UnconfirmedEmail,

    /// <summary>No such member (the account was deleted).</summary>
    UnknownMember,
}
