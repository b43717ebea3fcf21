namespace Portal.Hosting;

/// <summary>What a limit counts; each has its rule in <see cref="RateLimitOptions"/> and its refusal text (see <see cref="RateLimitKind"/>).</summary>
internal enum RateLimitBucket
{
    /// <summary>Form posts to /Account per client address (<c>Portal:AccountPostsPerMinute</c>).</summary>
    Account,
    Registration,
    PasswordResetPerAddress,
    PasswordResetPerEmail,
    SearchPerMember,
    SearchPerAddress,
    Upload,
    ApiPerMember,
    ApiPerAddress,
    HubPerMember,
    HubPerAddress,
    CspReport,
}
