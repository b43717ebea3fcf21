using Microsoft.EntityFrameworkCore;
using Portal.Domain.Articles;
using Portal.Domain.Content;
using Portal.Domain.Garage;
using SkiaSharp;

namespace Portal.Domain.Seeding;

/// <summary>
/// About 40 demo articles (<see cref="ArticlesDemoContent"/>), written through the <see cref="ArticleStudio"/> so every
/// rule and side effect applies: most published over the last months (dates moved back after publishing), a featured one,
/// two scheduled for the coming days, drafts, archived ones, revisions on a few, and covers drawn at seed time and set
/// through <see cref="ArticleCovers"/> as an editor's upload would be (so every width exists), and owners' replies in
/// each published article's discussion (<see cref="DiscussionSeed"/>). Runs after the seeding transaction commits.
/// </summary>
internal sealed class ArticlesSeedStep(ArticleStudio studio, ArticleCovers covers, MarkdownRenderer markdown) : IDemoSeedStep
{
    private const int CoverWidth = 960;
    private const int CoverHeight = 540;

    private static readonly SKColor[][] Palettes =
    [
        [new(0x0B, 0x3D, 0x91), new(0x5B, 0xC0, 0xEB)],
        [new(0x1F, 0x4E, 0x3D), new(0xA8, 0xD5, 0xBA)],
        [new(0x6A, 0x1B, 0x4D), new(0xF4, 0xA2, 0x61)],
        [new(0x3A, 0x29, 0x5E), new(0xE0, 0x7A, 0x5F)],
    ];

    public int Order => 300;

    public bool AfterCommit => true;

    public async Task SeedAsync(DemoSeedContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var random = new Random(DemoSeedContext.RandomSeed + 11);
        var discussion = new DiscussionSeed(context, markdown, new Random(DemoSeedContext.RandomSeed + 12));
        var index = 0;
        var pendingCovers = new List<(string Author, int ArticleId, byte[] Jpeg)>();
        foreach (var topic in ArticlesDemoContent.Topics)
        {
            foreach (var modelId in topic.Models)
            {
                foreach (var chinese in new[] { false, true })
                {
                    await AddAsync(context, discussion, pendingCovers, topic, modelId, chinese, index++, random, cancellationToken);
                }
            }
        }

        // Encoding every width of a cover is most of this step's time, and a cover claims no version: set them side by side.
        await Parallel.ForEachAsync(
            pendingCovers,
            new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount, CancellationToken = cancellationToken },
            async (cover, token) =>
            {
                using var upload = new MemoryStream(cover.Jpeg);
                Expect(await covers.SetCoverAsync(cover.Author, cover.ArticleId, upload, token));
            });
    }

    private async Task AddAsync(DemoSeedContext context, DiscussionSeed discussion, List<(string, int, byte[])> pendingCovers, ArticlesDemoContent.Topic topic, int modelId, bool chinese, int index, Random random, CancellationToken cancellationToken)
    {
        var author = context.Members[index % 2 == 0 ? 1 : 2].Id;
        var model = ModelCatalog.Models.Single(m => m.Id == modelId).Name;
        var draft = new ArticleDraft
        {
            Title = (chinese ? topic.TitleZh : topic.Title).Replace("{model}", model, StringComparison.Ordinal),
            Summary = (chinese ? topic.SummaryZh : topic.Summary).Replace("{model}", model, StringComparison.Ordinal),
            Body = (chinese ? topic.BodyZh : topic.Body).Replace("{model}", model, StringComparison.Ordinal),
            Category = topic.Category,
            Tags = topic.Tags,
            ModelIds = [modelId, .. topic.Models.Where(m => m != modelId)],
            IsFeatured = index == 0,
        };
        var id = Expect(await studio.CreateAsync(author, draft, cancellationToken));
        var version = 1;
        if (index % 7 == 3)
        {
            for (var edit = 1; edit <= 2; edit++)
            {
                draft = draft with { Body = draft.Body + (chinese ? $"\n\n**更新 {edit}**：根据车主反馈补充了说明。" : $"\n\n**Update {edit}**: added details owners asked about.") };
                version = Expect(await studio.SaveAsync(author, id, draft, version, cancellationToken));
            }
        }

        if (index % 5 != 4)
        {
            pendingCovers.Add((author, id, DrawCover(topic, index, random)));
        }

        var daysAgo = 2 + (index * 37 % 150);
        switch (index)
        {
            case 9 or 22 or 31:
                await BackDateAsync(context, id, created: context.Now.AddDays(-random.Next(1, 6)), published: null, cancellationToken);
                break;
            case 5 or 17:
                Expect(await studio.ScheduleAsync(author, id, new DateTimeOffset(context.Now.UtcDateTime.Date, TimeSpan.Zero).AddDays(index == 5 ? 2 : 4).AddHours(1), cancellationToken));
                await BackDateAsync(context, id, created: context.Now.AddDays(-1), published: null, cancellationToken);
                break;
            default:
                Expect(await studio.PublishAsync(author, id, cancellationToken));
                if (index is 13 or 27)
                {
                    Expect(await studio.ArchiveAsync(author, id, cancellationToken));
                }

                var published = context.Now.AddDays(-daysAgo).AddMinutes(-random.Next(0, 600));
                var threadId = await BackDateAsync(context, id, created: published.AddDays(-3), published, cancellationToken);
                await discussion.AddArticleRepliesAsync(threadId!.Value, published, chinese, modelId, cancellationToken);
                break;
        }
    }

    /// <summary>A soft gradient with a few translucent circles in the category's colours, as the JPEG an author would upload.</summary>
    private static byte[] DrawCover(ArticlesDemoContent.Topic topic, int index, Random random)
    {
        var palette = Palettes[(int)topic.Category];
        using var bitmap = new SKBitmap(CoverWidth, CoverHeight);
        using (var canvas = new SKCanvas(bitmap))
        {
            using var gradient = SKShader.CreateLinearGradient(new SKPoint(0, 0), new SKPoint(CoverWidth, CoverHeight), palette, SKShaderTileMode.Clamp);
            using var fill = new SKPaint { Shader = gradient };
            canvas.DrawRect(0, 0, CoverWidth, CoverHeight, fill);
            using var circle = new SKPaint { IsAntialias = true };
            for (var i = 0; i < 4; i++)
            {
                circle.Color = SKColors.White.WithAlpha((byte)random.Next(18, 60));
                canvas.DrawCircle(random.Next(0, CoverWidth), random.Next(0, CoverHeight), random.Next(60, 260), circle);
            }

            using var road = new SKPaint { Color = SKColors.White.WithAlpha(90), IsAntialias = true, StrokeWidth = 10, Style = SKPaintStyle.Stroke };
            using var path = new SKPath();
            path.MoveTo(0, CoverHeight * 0.8f);
            path.CubicTo(CoverWidth * 0.3f, CoverHeight * (0.55f + (index % 3 * 0.1f)), CoverWidth * 0.6f, CoverHeight * 0.95f, CoverWidth, CoverHeight * 0.7f);
            canvas.DrawPath(path, road);
        }

        using var image = SKImage.FromBitmap(bitmap);
        using var jpeg = image.Encode(SKEncodedImageFormat.Jpeg, 90);
        return jpeg.ToArray();
    }

    /// <summary>The Studio dates everything by the clock; the demo's history spreads over the last months (discussion threads included).</summary>
    /// <returns>The discussion thread's id when the article went live.</returns>
    private static async Task<long?> BackDateAsync(DemoSeedContext context, int articleId, DateTimeOffset created, DateTimeOffset? published, CancellationToken cancellationToken)
    {
        var updated = published ?? created;
        await context.Db.Articles.Where(a => a.Id == articleId).ExecuteUpdateAsync(
            s => s.SetProperty(a => a.CreatedAt, created).SetProperty(a => a.UpdatedAt, updated).SetProperty(a => a.PublishedAt, a => a.PublishedAt == null ? null : published),
            cancellationToken);
        long? threadId = null;
        if (published is { } wentLive)
        {
            // Its discussion opened when it went live, so it is dated then too (its only post so far is the opening one).
            threadId = await context.Db.Articles.Where(a => a.Id == articleId).Select(a => a.ThreadId).SingleAsync(cancellationToken);
            await context.Db.Threads.Where(t => t.Id == threadId).ExecuteUpdateAsync(s => s.SetProperty(t => t.CreatedAt, wentLive).SetProperty(t => t.LastActivityAt, wentLive), cancellationToken);
            await context.Db.Posts.Where(p => p.ThreadId == threadId).ExecuteUpdateAsync(s => s.SetProperty(p => p.CreatedAt, wentLive), cancellationToken);
        }

        var revisions = await context.Db.ArticleRevisions.Where(r => r.ArticleId == articleId).OrderBy(r => r.Number).Select(r => r.Id).ToListAsync(cancellationToken);
        for (var i = 0; i < revisions.Count; i++)
        {
            var at = created.AddHours(i * 5);
            var revisionId = revisions[i];
            await context.Db.ArticleRevisions.Where(r => r.Id == revisionId).ExecuteUpdateAsync(s => s.SetProperty(r => r.CreatedAt, at), cancellationToken);
        }

        return threadId;
    }

    private static T Expect<T>(Result<T> result) =>
        result.Succeeded ? result.Value! : throw new InvalidOperationException("Demo article refused: " + string.Join(", ", result.Problems.Select(p => p.Code)));

    private static void Expect(Result result)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException("Demo article refused: " + string.Join(", ", result.Problems.Select(p => p.Code)));
        }
    }
}
