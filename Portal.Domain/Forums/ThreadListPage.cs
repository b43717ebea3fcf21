namespace Portal.Domain.Forums;

public sealed record ThreadListPage(IReadOnlyList<ThreadListItem> Items, int Page, int PageCount, int Total);
