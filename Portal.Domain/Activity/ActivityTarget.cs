namespace Portal.Domain.Activity;

/// <summary>What the activity is about: <c>("thread", "42", "Winter range", "/forums/t/42/winter-range")</c>.</summary>
public sealed record ActivityTarget(string Type, string Id, string? Title = null, string? Url = null)
{
    public const string Thread = "thread";
    public const string Event = "event";
    public const string Article = "article";
    public const string Member = "member";
    public const string Community = "community";
}
