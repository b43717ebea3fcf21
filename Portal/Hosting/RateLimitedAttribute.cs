namespace Portal.Hosting;

/// <summary>
/// Marks a page or endpoint for a request-rate limit of its kind (<see cref="RateLimits"/>): on a page with
/// <c>@attribute [RateLimited(RateLimitKind.Search)]</c>, on an endpoint with <c>.WithMetadata(new RateLimitedAttribute(…))</c>.
/// </summary>
[AttributeUsage(AttributeTargets.Class)]
internal sealed class RateLimitedAttribute(RateLimitKind kind) : Attribute
{
    public RateLimitKind Kind { get; } = kind;
}
