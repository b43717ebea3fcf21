namespace Portal.Domain.Segments;

/// <summary>The language the member chose (<c>PreferredCulture</c>, e.g. <c>en</c>, <c>zh-CN</c>); null: members who chose none and read the site default.</summary>
public sealed record LanguageCondition(string? Culture) : SegmentCondition;
