namespace Portal.Domain.Data;

/// <summary>Why the database cannot be written (<see cref="StorageFaults"/>).</summary>
public enum StorageFault
{
    ReadOnly,
    Full,
    Unavailable,
}
