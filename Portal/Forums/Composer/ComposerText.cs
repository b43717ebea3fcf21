namespace Portal.Forums.Composer;

/// <summary>Marker for the composer's and the photo gallery's resources (ComposerText.resx, ComposerText.zh-CN.resx).</summary>
public sealed class ComposerText;
