namespace Portal.Notifications;

/// <summary>Marker for the notification preferences card's strings (PreferenceText.resx, PreferenceText.zh-CN.resx); the kinds' names come from the email texts.</summary>
public sealed class PreferenceText;
