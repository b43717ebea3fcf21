namespace Portal.Forums.Search;

/// <summary>Marker for the forum search strings (SearchText.resx, SearchText.zh-CN.resx).</summary>
public sealed class SearchText;
