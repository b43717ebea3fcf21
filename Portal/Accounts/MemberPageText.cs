namespace Portal.Accounts;

/// <summary>Marker for the strings of a member's public page sections (posts, clubs, events attended).</summary>
public sealed class MemberPageText;
