using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Portal.Domain.Content;
using Portal.Domain.Data;

namespace Portal.Domain.Forums;

/// <summary>
/// The abuse limits every new post passes (see <see cref="ForumOptions"/>). Each refusal is a problem the
/// composer shows beside the draft, which it keeps.
/// </summary>
public sealed class PostingGuard(IOptionsMonitor<ForumOptions> options, TimeProvider clock)
{
    internal async Task<IReadOnlyList<Problem>> CheckAsync(
        PortalDbContext db, string memberId, PostingKind kind, string body, RenderedMarkdown rendered, CancellationToken cancellationToken)
    {
        var limits = options.CurrentValue;
        var now = clock.GetUtcNow();
        var member = await db.Users.AsNoTracking()
            .Where(u => u.Id == memberId)
            .Select(u => new { u.JoinedAt, u.SilencedUntil })
            .SingleOrDefaultAsync(cancellationToken);
        if (member is null)
        {
            return [new Problem(ForumProblems.Forbidden)];
        }

        if (member.SilencedUntil > now)
        {
            return [new Problem(ForumProblems.Silenced, null, member.SilencedUntil.Value)];
        }

        var problems = new List<Problem>();
        if (body.Length > Post.BodyMaxLength)
        {
            problems.Add(new Problem(ForumProblems.TooLong, "Body", Post.BodyMaxLength));
        }
        else if (rendered.PlainText.Length < limits.MinPostLength)
        {
            problems.Add(new Problem(ForumProblems.TooShort, "Body", limits.MinPostLength));
        }

        var isNew = member.JoinedAt > now - limits.NewMemberPeriod;
        if (isNew && rendered.LinkCount > limits.NewMemberMaxLinks)
        {
            problems.Add(new Problem(ForumProblems.TooManyLinks, "Body", limits.NewMemberMaxLinks));
        }

        if (problems.Count > 0 || kind == PostingKind.Edit)
        {
            return problems;
        }

        var recent = db.Posts.AsNoTracking().Where(p => p.AuthorId == memberId);
        var last = await recent.OrderByDescending(p => p.CreatedAt).Select(p => (DateTimeOffset?)p.CreatedAt).FirstOrDefaultAsync(cancellationToken);
        if (last is { } lastAt && lastAt > now - limits.PostCooldown)
        {
            var wait = (int)Math.Ceiling((lastAt + limits.PostCooldown - now).TotalSeconds);
            return [new Problem(ForumProblems.Cooldown, null, wait)];
        }

        var windowStart = now - limits.DuplicateWindow;
        if (await recent.AnyAsync(p => p.CreatedAt > windowStart && p.Body == body, cancellationToken))
        {
            return [new Problem(ForumProblems.Duplicate, "Body", (int)limits.DuplicateWindow.TotalMinutes)];
        }

        if (isNew)
        {
            var dayStart = now - TimeSpan.FromDays(1);
            if (kind == PostingKind.Thread && await db.Threads.CountAsync(t => t.AuthorId == memberId && t.CreatedAt > dayStart, cancellationToken) >= limits.NewMemberThreadsPerDay)
            {
                return [new Problem(ForumProblems.NewMemberThreadLimit, null, limits.NewMemberThreadsPerDay)];
            }

            if (kind == PostingKind.Reply && await recent.CountAsync(p => p.CreatedAt > dayStart && p.Number > 1, cancellationToken) >= limits.NewMemberRepliesPerDay)
            {
                return [new Problem(ForumProblems.NewMemberReplyLimit, null, limits.NewMemberRepliesPerDay)];
            }
        }

        return [];
    }
}
