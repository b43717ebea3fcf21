namespace Portal.Domain.MemberMail;

/// <summary>Marker for the notification email resources (MemberMailTexts.resx, MemberMailTexts.zh-CN.resx); the profile's preferences card reads its kind labels too.</summary>
public sealed class MemberMailTexts;
