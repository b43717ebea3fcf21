namespace Portal.Domain.Messaging;

/// <summary>
/// A delivered message as its member reads it in the community, in the viewer's language: the body as safe HTML with
/// the links the site may track going through the click redirect, and <see cref="Link"/> the same way.
/// </summary>
public sealed record MemberMessage(long Id, MessageCategory Category, string Title, string BodyHtml, string? Link, DateTimeOffset DeliveredAt);
