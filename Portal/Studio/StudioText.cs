namespace Portal.Studio;

/// <summary>Marker for the Studio hub strings (StudioText.resx, StudioText.zh-CN.resx).</summary>
public sealed class StudioText;
