namespace Portal.Domain.MemberMail;

/// <summary>An upcoming event in a digest, with when it starts in its own time zone.</summary>
internal sealed record DigestEvent(string Title, string Url, DateTimeOffset StartsAt, string TimeZoneId);
