namespace Portal.Domain.Events;

/// <summary>Who may sign up.</summary>
public enum EventEligibility
{
    Everyone,

    /// <summary>Owners of one of the event's <see cref="OwnerEvent.EligibleModels"/> (any car in their garage).</summary>
    ModelOwners,

    /// <summary>Members with at least one car an operator has verified.</summary>
    VerifiedOwners,
}
