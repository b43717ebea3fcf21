namespace Portal.Discussions;

/// <summary>Marker for the strings of a page's discussion (articles, events).</summary>
public sealed class DiscussionText;
