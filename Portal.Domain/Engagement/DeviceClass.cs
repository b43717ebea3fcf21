namespace Portal.Domain.Engagement;

/// <summary>The only thing engagement rows keep about a browser: what kind of screen it is, from the user agent.</summary>
public enum DeviceClass : byte
{
    Unknown = 0,
    Phone = 1,
    Tablet = 2,
    Desktop = 3,
}
