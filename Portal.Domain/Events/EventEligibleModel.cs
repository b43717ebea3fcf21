namespace Portal.Domain.Events;

/// <summary>A catalog model whose owners may sign up for an event limited to <see cref="EventEligibility.ModelOwners"/>.</summary>
public sealed class EventEligibleModel
{
    public int EventId { get; set; }
    public int ModelId { get; set; }
}
