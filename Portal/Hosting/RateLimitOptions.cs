namespace Portal.Hosting;

/// <summary>
/// The <c>Portal:RateLimits</c> section: each rule is <c>Permits</c> per <c>Window</c>. Many owners can share one
/// address (carrier-grade NAT, a dealer's Wi-Fi), so the per-address budgets are generous and signed-in members are
/// counted on their own where that is possible; README "Rate limits" gives the reasons.
/// </summary>
internal sealed class RateLimitOptions
{
    public const string Section = "Portal:RateLimits";

    /// <summary>New accounts per client address.</summary>
    public RateLimitRule Registrations { get; set; } = new(10, TimeSpan.FromHours(1));

    /// <summary>Password-reset and resend-confirmation requests per client address.</summary>
    public RateLimitRule PasswordResetsPerAddress { get; set; } = new(10, TimeSpan.FromHours(1));

    /// <summary>Password-reset and resend-confirmation requests per target email address (so nobody floods one inbox).</summary>
    public RateLimitRule PasswordResetsPerEmail { get; set; } = new(3, TimeSpan.FromHours(1));

    /// <summary>Searches per signed-in member.</summary>
    public RateLimitRule SearchesPerMember { get; set; } = new(30, TimeSpan.FromMinutes(1));

    /// <summary>Searches per client address by visitors who are not signed in.</summary>
    public RateLimitRule SearchesPerAddress { get; set; } = new(60, TimeSpan.FromMinutes(1));

    /// <summary>Image uploads (post photos, avatars, covers) per member.</summary>
    public RateLimitRule UploadsPerMember { get; set; } = new(30, TimeSpan.FromMinutes(10));

    /// <summary>Feeds, calendars, exports and other machine endpoints per signed-in member.</summary>
    public RateLimitRule ApiCallsPerMember { get; set; } = new(60, TimeSpan.FromMinutes(1));

    /// <summary>Feeds, calendars and other machine endpoints per client address without a signed-in member.</summary>
    public RateLimitRule ApiCallsPerAddress { get; set; } = new(120, TimeSpan.FromMinutes(1));

    /// <summary>Live activity hub connections per signed-in member.</summary>
    public RateLimitRule HubConnectionsPerMember { get; set; } = new(20, TimeSpan.FromMinutes(1));

    /// <summary>Live activity hub connections per client address (members and visitors together).</summary>
    public RateLimitRule HubConnectionsPerAddress { get; set; } = new(120, TimeSpan.FromMinutes(1));

    /// <summary>Content-Security-Policy violation reports per client address.</summary>
    public RateLimitRule CspReportsPerAddress { get; set; } = new(20, TimeSpan.FromMinutes(1));

    /// <summary>The rule of a bucket (the account bucket's is <c>Portal:AccountPostsPerMinute</c>, passed in).</summary>
    public RateLimitRule For(RateLimitBucket bucket, int accountPostsPerMinute) => bucket switch
    {
        RateLimitBucket.Account => new(accountPostsPerMinute, TimeSpan.FromMinutes(1)),
        RateLimitBucket.Registration => Registrations,
        RateLimitBucket.PasswordResetPerAddress => PasswordResetsPerAddress,
        RateLimitBucket.PasswordResetPerEmail => PasswordResetsPerEmail,
        RateLimitBucket.SearchPerMember => SearchesPerMember,
        RateLimitBucket.SearchPerAddress => SearchesPerAddress,
        RateLimitBucket.Upload => UploadsPerMember,
        RateLimitBucket.ApiPerMember => ApiCallsPerMember,
        RateLimitBucket.ApiPerAddress => ApiCallsPerAddress,
        RateLimitBucket.HubPerMember => HubConnectionsPerMember,
        RateLimitBucket.HubPerAddress => HubConnectionsPerAddress,
        RateLimitBucket.CspReport => CspReportsPerAddress,
        _ => throw new ArgumentOutOfRangeException(nameof(bucket), bucket, null),
    };
}
