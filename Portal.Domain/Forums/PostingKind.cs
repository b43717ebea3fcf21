namespace Portal.Domain.Forums;

/// <summary>Which limits apply: edits skip the cool-down, duplicate and daily checks, but not length, links or silencing.</summary>
internal enum PostingKind
{
    Thread,
    Reply,
    Edit,
}
