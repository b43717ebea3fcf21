namespace Portal.Forums;

/// <summary>Marker for the forums' resources (ForumText.resx, ForumText.zh-CN.resx).</summary>
public sealed class ForumText;
