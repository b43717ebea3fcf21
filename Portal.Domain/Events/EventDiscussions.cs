using Microsoft.EntityFrameworkCore;
using Portal.Domain.Content;
using Portal.Domain.Data;
using Portal.Domain.Forums;

namespace Portal.Domain.Events;

/// <summary>
/// Every published event has a discussion thread in the events board (<see cref="BoardCatalog.EventsTalk"/>), opened the way
/// an article's is: through the forums' own thread writer, authored by the event's creator, inside the caller's transaction.
/// Members ask before the event and share photos and stories after it; the event page shows its latest replies.
/// </summary>
internal static class EventDiscussions
{
    /// <summary>Opens the event's thread unless it has one, dated <paramref name="now"/>, and stores its id on the event.</summary>
    public static async Task OpenAsync(PortalDbContext db, OwnerEvent ev, MarkdownRenderer markdown, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (ev.ThreadId is not null)
        {
            return;
        }

        var boardId = await db.Boards.Where(b => b.Slug == BoardCatalog.EventsTalk).Select(b => b.Id).SingleAsync(cancellationToken);
        var title = ev.Title.Length > ForumThread.TitleMaxLength ? ev.Title[..ForumThread.TitleMaxLength].TrimEnd() : ev.Title;
        var body = Body(ev);
        var (thread, _) = await ForumThreadWriter.AddAsync(db, boardId, ev.CreatedById, title, [], body, markdown.Render(body), now, cancellationToken);
        ev.ThreadId = thread.Id;
        await db.Events.Where(e => e.Id == ev.Id).ExecuteUpdateAsync(s => s.SetProperty(e => e.ThreadId, thread.Id), cancellationToken);
    }

    /// <summary>The opening post: a link to the event (its title as the link text, so it needs no language).</summary>
    private static string Body(OwnerEvent ev)
    {
        var linkText = ev.Title.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("[", "\\[", StringComparison.Ordinal).Replace("]", "\\]", StringComparison.Ordinal);
        return $"→ [{linkText}]({ev.Url})";
    }
}
