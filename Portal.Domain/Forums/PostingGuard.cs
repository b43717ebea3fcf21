using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Portal.Domain.Content;
using Portal.Domain.Data;
using Portal.Domain.Forums.Images;

namespace Portal.Domain.Forums;

/// <summary>
/// The abuse limits every new post passes (see <see cref="ForumOptions"/>), after the first rule: only a member whose email
/// is confirmed may post. Each refusal is a problem the composer shows beside the draft, which it keeps.
/// </summary>
public sealed class PostingGuard(IOptionsMonitor<ForumOptions> options, TimeProvider clock)
{
    /// <summary>Whether the member may write at all (confirmed email, not silenced), for the composer to say before they type.</summary>
    internal async Task<Problem?> CanWriteAsync(PortalDbContext db, string memberId, CancellationToken cancellationToken) =>
        Refusal(await FactsAsync(db, memberId, cancellationToken));

    internal async Task<IReadOnlyList<Problem>> CheckAsync(
        PortalDbContext db, string memberId, PostingKind kind, string body, RenderedMarkdown rendered, CancellationToken cancellationToken)
    {
        var member = await FactsAsync(db, memberId, cancellationToken);
        if (Refusal(member) is { } refusal)
        {
            return [refusal];
        }

        var limits = options.CurrentValue;
        var now = clock.GetUtcNow();
        var problems = new List<Problem>();
        if (body.Length > Post.BodyMaxLength)
        {
            problems.Add(new Problem(ForumProblems.TooLong, "Body", Post.BodyMaxLength));
        }
        else if (rendered.PlainText.Length < limits.MinPostLength && PostPhotos.CountIn(rendered) == 0)
        {
            problems.Add(new Problem(ForumProblems.TooShort, "Body", limits.MinPostLength));
        }

        var isNew = member!.JoinedAt > now - limits.NewMemberPeriod;
        if (isNew && rendered.LinkCount > limits.NewMemberMaxLinks)
        {
            problems.Add(new Problem(ForumProblems.TooManyLinks, "Body", limits.NewMemberMaxLinks));
        }

        var maxPhotos = isNew ? limits.NewMemberMaxPhotosPerPost : limits.MaxPhotosPerPost;
        if (PostPhotos.CountIn(rendered) > maxPhotos)
        {
            problems.Add(new Problem(ForumProblems.TooManyPhotos, "Body", maxPhotos));
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

    private static Task<MemberFacts?> FactsAsync(PortalDbContext db, string memberId, CancellationToken cancellationToken) =>
        db.Users.AsNoTracking()
            .Where(u => u.Id == memberId)
            .Select(u => new MemberFacts(u.JoinedAt, u.SilencedUntil, u.EmailConfirmed))
            .SingleOrDefaultAsync(cancellationToken);

    private Problem? Refusal(MemberFacts? member) =>
        member is null ? new Problem(ForumProblems.Forbidden)
        : !member.EmailConfirmed ? new Problem(ForumProblems.EmailNotConfirmed)
        : member.SilencedUntil > clock.GetUtcNow() ? new Problem(ForumProblems.Silenced, null, member.SilencedUntil.Value)
        : null;

    private sealed record MemberFacts(DateTimeOffset JoinedAt, DateTimeOffset? SilencedUntil, bool EmailConfirmed);
}
