namespace Portal.Articles;

/// <summary>Marker for the articles' resources (ArticleText.resx, ArticleText.zh-CN.resx): the public pages and the problem texts.</summary>
public sealed class ArticleText;
