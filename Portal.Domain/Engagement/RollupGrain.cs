namespace Portal.Domain.Engagement;

public enum RollupGrain : byte
{
    /// <summary>A UTC hour.</summary>
    Hour = 0,

    /// <summary>A day in <see cref="PortalOptions.DefaultTimeZone"/>.</summary>
    Day = 1,
}
