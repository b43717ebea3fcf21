namespace Portal.Shell;

/// <summary>
/// What the current viewer prefers, worked out once per request in <c>App.razor</c> and handed to the
/// interactive tree (so it must stay serialisable).
/// </summary>
public sealed record ViewerPreferences(bool DarkMode, string TimeZoneId, string Culture);
