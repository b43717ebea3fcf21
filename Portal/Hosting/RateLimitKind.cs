namespace Portal.Hosting;

/// <summary>The kinds of limited requests, each with its refusal text (<c>TooMany.{kind}</c> in RateLimitText).</summary>
internal enum RateLimitKind
{
    Account,
    Registration,
    PasswordReset,
    Search,
    Upload,
    Api,
    Hub,
    CspReport,
}
