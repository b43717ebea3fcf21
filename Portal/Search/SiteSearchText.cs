namespace Portal.Search;

/// <summary>Marker for the site search strings (SiteSearchText.resx, SiteSearchText.zh-CN.resx).</summary>
public sealed class SiteSearchText;
