namespace Portal.Domain.Messaging;

/// <summary>Where a message goes: the in-app notification (the bell), email, or both.</summary>
[Flags]
public enum MessageChannels
{
    None = 0,
    InApp = 1,
    Email = 2,
}
