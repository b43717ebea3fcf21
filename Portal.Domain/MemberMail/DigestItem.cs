namespace Portal.Domain.MemberMail;

/// <summary>A thread or an article in a digest: its title and address.</summary>
internal sealed record DigestItem(string Title, string Url);
