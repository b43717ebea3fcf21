namespace Portal.Studio.Articles;

/// <summary>Marker for the Studio's article pages' strings (StudioArticleText.resx, StudioArticleText.zh-CN.resx).</summary>
public sealed class StudioArticleText;
