namespace Portal.Domain.Data.Backups;

/// <summary>A finished backup: where it is, how big, and how long it took.</summary>
public sealed record BackupFile(string Path, long Bytes, TimeSpan Took);
