namespace Portal.Forums.Moderation;

/// <summary>Marker for the moderators' strings: reports queue and edit history (ModerationText.resx, ModerationText.zh-CN.resx).</summary>
public sealed class ModerationText;
