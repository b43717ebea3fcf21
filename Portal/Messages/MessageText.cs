namespace Portal.Messages;

/// <summary>Marker for the owner-side message strings (MessageText.resx, MessageText.zh-CN.resx): a message's page, unsubscribing, the consent switch.</summary>
public sealed class MessageText;
