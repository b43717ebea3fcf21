namespace Portal.Domain.Events;

/// <summary>How a new event repeats: each occurrence is its own event with its own capacity and sign-ups.</summary>
public enum EventRepeat
{
    None,
    Weekly,
    Monthly,
}
