namespace Portal.Domain.Events;

/// <summary>
/// A member's private calendar feed of their sign-ups. The token is the only credential (calendar apps cannot sign
/// in), so it is long, random, and the member can revoke or replace it.
/// </summary>
public sealed class CalendarFeed
{
    public const int TokenLength = 43;

    public required string MemberId { get; set; }
    public required string Token { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
}
