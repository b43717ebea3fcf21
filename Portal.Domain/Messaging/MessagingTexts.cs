namespace Portal.Domain.Messaging;

/// <summary>Marker for the message email resources (MessagingTexts.resx, MessagingTexts.zh-CN.resx).</summary>
public sealed class MessagingTexts;
