using Portal.Domain.Accounts;
using Portal.Domain.Content;
using Portal.Domain.Forums;
using Portal.Domain.Notifications;

namespace Portal.Domain.Seeding;

/// <summary>Builds the demo threads for <see cref="ForumsSeedStep"/>: believable authors, times that only move forward, and the counters to match.</summary>
internal sealed class ForumsSeedWriter(DemoSeedContext context, MarkdownRenderer markdown)
{
    private readonly List<(ForumThread Thread, List<Post> Posts, bool Question)> threads = [];
    private readonly HashSet<ForumThread> official = [];
    private readonly Dictionary<Post, RenderedMarkdown> rendered = [];
    private Dictionary<int, HashSet<string>>? ownersByModel;
    private readonly Random random = context.Random;
    private List<PortalUser>? chinese;
    private List<PortalUser>? english;

    private PortalUser DemoOwner => context.Members[0];

    private PortalUser Editor => context.Members[1];

    public void AddThread(Board board, ForumsDemoContent.ThreadText text, int extraReplies, int daysAgo)
    {
        var model = board.Name.Replace(" Club", "", StringComparison.Ordinal);
        var zh = text.Title.Any(ForumSearchText.IsCjk);
        var start = context.Now.AddDays(-daysAgo).AddMinutes(-random.Next(0, 600));
        var author = threads.Count is 0 or 20 ? DemoOwner : Pick(zh, board);
        var title = text.Title.Replace("{model}", model, StringComparison.Ordinal);
        var thread = new ForumThread
        {
            BoardId = board.Id,
            AuthorId = author.Id,
            Title = title,
            Slug = ForumThread.SlugFor(title),
            CreatedAt = start,
            LastActivityAt = start,
            LastPosterId = author.Id,
        };
        thread.Tags.AddRange(text.Tags.Select(t => new ThreadTag { Tag = t }));
        context.Db.Threads.Add(thread);

        var posts = new List<Post> { NewPost(thread, 1, author, text.Body.Replace("{model}", model, StringComparison.Ordinal), start) };
        var replies = text.Replies.Concat(Enumerable.Range(0, extraReplies).Select(_ => DemoReplyWording.Fill(Pool(zh)[random.Next(Pool(zh).Length)], zh, context.Wording))).ToList();
        var span = TimeSpan.FromDays(daysAgo) * 0.95;
        var previous = author;
        for (var i = 0; i < replies.Count; i++)
        {
            var at = start + (span * ((i + 1.0) / (replies.Count + 1)));
            var replier = Pick(zh, board, except: previous);
            var body = replies[i];
            if (random.NextDouble() < 0.12)
            {
                body = MarkdownRenderer.MentionMarkdown(previous.Id, previous.DisplayName) + " " + body;
            }

            posts.Add(NewPost(thread, i + 2, replier, body, at));
            previous = replier;
        }

        if (board.Slug is "feedback" or "software-connectivity" && replies.Count < 50)
        {
            var reply = zh ? "感谢反馈！产品团队已经记录，我们会在后续版本中评估。" : "Thanks for the feedback! The product team has logged this and will look at it for an upcoming release.";
            posts.Add(NewPost(thread, posts.Count + 1, Editor, reply, posts[^1].CreatedAt.AddHours(3)));
            official.Add(thread);
        }

        threads.Add((thread, posts, text.Question));
    }

    public void AddReactionsFollowsAndReports(int reports)
    {
        var members = context.Members;
        foreach (var (thread, posts, question) in threads)
        {
            foreach (var post in posts)
            {
                var reactors = new HashSet<string>(StringComparer.Ordinal);
                var count = post.Number == 1 ? random.Next(2, 12) : random.Next(0, 5);
                for (var i = 0; i < count; i++)
                {
                    var member = members[random.Next(members.Count)];
                    if (member.Id != post.AuthorId && reactors.Add(member.Id))
                    {
                        var kind = question && post.Number > 1 && random.NextDouble() < 0.5 ? ReactionKind.Helpful : ReactionKind.Like;
                        context.Db.PostReactions.Add(new PostReaction { PostId = post.Id, MemberId = member.Id, Kind = kind, At = post.CreatedAt.AddMinutes(random.Next(5, 600)) });
                        post.LikeCount += kind == ReactionKind.Like ? 1 : 0;
                        post.HelpfulCount += kind == ReactionKind.Helpful ? 1 : 0;
                    }
                }
            }

            foreach (var follower in posts.Select(p => p.AuthorId).Distinct(StringComparer.Ordinal))
            {
                context.Db.ThreadFollows.Add(new ThreadFollow { ThreadId = thread.Id, MemberId = follower, Since = thread.CreatedAt });
            }

            if (question && posts.Count > 2 && random.NextDouble() < 0.6)
            {
                thread.AcceptedPostId = posts[random.Next(1, Math.Min(posts.Count, 4))].Id;
            }

            AddNotifications(thread, posts);
        }

        // The demo owner is halfway through the first long thread, so "jump to first unread" has somewhere to go.
        var longThread = threads[^3];
        context.Db.ThreadReadStates.Add(new ThreadReadState { ThreadId = longThread.Thread.Id, MemberId = DemoOwner.Id, LastReadNumber = longThread.Posts.Count / 2 });

        var replies = threads.SelectMany(t => t.Posts).Where(p => p.Number > 1 && p.AuthorId != Editor.Id).ToList();
        var reasons = Enum.GetValues<ReportReason>();
        for (var i = 0; i < reports; i++)
        {
            var post = replies[random.Next(replies.Count)];
            var reason = reasons[i % reasons.Length];
            context.Db.PostReports.Add(new PostReport
            {
                PostId = post.Id,
                ReporterId = members[random.Next(DemoAccounts.Count, members.Count)].Id,
                Reason = reason,
                Text = reason == ReportReason.Other ? "Looks like an advert for a tyre shop." : null,
                At = post.CreatedAt.AddHours(random.Next(1, 48)) is var at && at < context.Now ? at : context.Now,
                Status = ReportStatus.Open,
            });
        }
    }

    public void UpdateCounters(List<Board> boards)
    {
        foreach (var (thread, posts, _) in threads)
        {
            thread.PostCount = posts.Count;
            thread.ReplyCount = posts.Count - 1;
            thread.ReactionCount = posts.Sum(p => p.LikeCount + p.HelpfulCount);
            thread.LastActivityAt = posts[^1].CreatedAt;
            thread.LastPosterId = posts[^1].AuthorId;
            thread.ViewCount = (posts.Count * random.Next(8, 30)) + random.Next(0, 50);
            if (official.Contains(thread))
            {
                thread.OfficialPostId = posts[^1].Id;
            }
        }

        foreach (var board in boards)
        {
            var own = threads.Where(t => t.Thread.BoardId == board.Id).ToList();
            board.ThreadCount = own.Count;
            board.PostCount = own.Sum(t => t.Posts.Count);
            var latest = own.MaxBy(t => t.Thread.LastActivityAt).Thread;
            board.LastActivityAt = latest?.LastActivityAt;
            board.LastThreadId = latest?.Id;
        }
    }

    public IEnumerable<(Post Post, string? Title, string PlainText)> SearchRows() =>
        threads.SelectMany(t => t.Posts.Select(p => (p, p.Number == 1 ? t.Thread.Title : null, rendered[p].PlainText)));

    private void AddNotifications(ForumThread thread, List<Post> posts)
    {
        foreach (var post in posts.Where(p => p.Number > 1))
        {
            var location = new PostLocation(thread.Id, thread.Slug, post.Id, post.Number);
            NotificationWriter.Add(context.Db, rendered[post].MentionedMemberIds, NotificationKind.Mention, post.AuthorId, thread.Title, location.Url, post.CreatedAt);
            if (thread.AuthorId == DemoOwner.Id && post.CreatedAt > context.Now.AddDays(-14))
            {
                NotificationWriter.Add(context.Db, [DemoOwner.Id], NotificationKind.Reply, post.AuthorId, thread.Title, location.Url, post.CreatedAt);
            }
        }
    }

    private Post NewPost(ForumThread thread, int number, PortalUser author, string body, DateTimeOffset at)
    {
        var html = markdown.Render(body);
        var post = new Post
        {
            Thread = thread,
            Number = number,
            AuthorId = author.Id,
            Body = body,
            BodyHtml = html.Html,
            CreatedAt = at < context.Now ? at : context.Now,
        };
        context.Db.Posts.Add(post);
        rendered[post] = html;
        return post;
    }

    private PortalUser Pick(bool zh, Board board, PortalUser? except = null)
    {
        chinese ??= context.Members.Skip(DemoAccounts.Count).Where(m => m.DisplayName.Any(ForumSearchText.IsCjk)).ToList();
        english ??= context.Members.Skip(DemoAccounts.Count).Where(m => !m.DisplayName.Any(ForumSearchText.IsCjk)).ToList();
        var pool = zh ? chinese : english;
        if (board.ModelId is { } model && random.NextDouble() < 0.7)
        {
            ownersByModel ??= context.Db.Vehicles.Local.GroupBy(v => v.ModelId).ToDictionary(g => g.Key, g => g.Select(v => v.OwnerId).ToHashSet(StringComparer.Ordinal));
            var owners = ownersByModel.GetValueOrDefault(model) ?? [];
            var drivers = pool.Where(m => owners.Contains(m.Id)).ToList();
            pool = drivers.Count > 1 ? drivers : pool;
        }

        PortalUser pick;
        do
        {
            pick = pool[random.Next(pool.Count)];
        }
        while (pick == except);
        return pick;
    }

    private static string[] Pool(bool zh) => zh ? ForumsDemoContent.ChineseReplies : ForumsDemoContent.EnglishReplies;
}
