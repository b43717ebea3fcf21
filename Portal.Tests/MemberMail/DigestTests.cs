using Microsoft.EntityFrameworkCore;
using Portal.Domain.Articles;
using Portal.Domain.Forums;
using Portal.Domain.MemberMail;
using Portal.Domain.Notifications;
using Portal.Tests.Events;

namespace Portal.Tests.MemberMail;

/// <summary>
/// The digest with a fake clock: due at 08:00 in the member's own time zone (weekly on Mondays, or daily), once per
/// period however often the job runs, with the best new threads in their clubs, events in their city and articles for
/// their car; a member with nothing to read, the digest off or an unconfirmed address gets no email.
/// </summary>
public sealed class DigestTests : IAsyncLifetime
{
    // The test clock starts on Sunday 15 March 2026, 17:30 in Shanghai; the weekly digest is due on Monday at 08:00 there.
    private static readonly DateTimeOffset MondayEightInShanghai = new(2026, 3, 16, 0, 0, 0, TimeSpan.Zero);

    private EventWorld world = default!;
    private int boardId;

    public async Task InitializeAsync()
    {
        world = await EventWorld.CreateAsync();
        await using var db = world.Database.CreateDbContext();
        boardId = await db.Boards.Where(b => b.ModelId == 1).Select(b => b.Id).SingleAsync();
    }

    public async Task DisposeAsync() => await world.DisposeAsync();

    private Digests Digests => world.Database.Get<Digests>();

    [Fact]
    public async Task The_weekly_digest_is_queued_once_at_eight_on_monday_with_threads_events_and_articles()
    {
        var owner = await MemberAsync(city: "上海", car: true);
        await ContentAsync(owner);

        world.Database.Clock.SetUtcNow(MondayEightInShanghai.AddMinutes(-1));
        Assert.Equal(0, await Digests.QueueDueAsync());
        world.Database.Clock.SetUtcNow(MondayEightInShanghai);
        Assert.Equal(1, await Digests.QueueDueAsync());
        world.Database.Clock.Advance(TimeSpan.FromHours(1));
        Assert.Equal(0, await Digests.QueueDueAsync()); // the next hourly pass: this week is done

        await using (var db = world.Database.CreateDbContext())
        {
            var row = await db.MemberEmails.SingleAsync(e => e.Kind == NotificationKind.Digest && e.MemberId == owner);
            Assert.Equal((owner, MemberEmailStatus.Queued, $"digest:{owner}:W2026-03-16"), (row.MemberId, row.Status, row.IdempotencyKey));
        }

        Assert.Equal(1, await world.Database.Get<MemberEmailDeliverer>().SendQueuedAsync());
        var email = Assert.Single(await MailWorld.PickupAsync(world.Database));
        Assert.Equal("Your weekly digest from Aurelia Owners", email.Subject);
        var html = email.HtmlBody;
        Assert.Contains("Popular in your clubs", html, StringComparison.Ordinal);
        Assert.Contains(">Winter range on the Vela</a>", html, StringComparison.Ordinal);
        Assert.Contains("href=\"http://localhost/forums/t/", html, StringComparison.Ordinal);
        Assert.Contains(">Owners' meet-up at the West Bund</a>", html, StringComparison.Ordinal);
        Assert.Contains(">Range in the cold [tested]</a>", html, StringComparison.Ordinal);
        Assert.Equal("List-Unsubscribe=One-Click", email.Headers["List-Unsubscribe-Post"]);
    }

    [Fact]
    public async Task A_daily_digest_reads_in_chinese_and_comes_every_day()
    {
        var owner = await MemberAsync(city: "上海", car: true, culture: "zh-CN");
        await ChooseAsync(owner, DigestFrequency.Daily);
        await ContentAsync(owner);

        world.Database.Clock.SetUtcNow(MondayEightInShanghai);
        Assert.Equal(1, await Digests.QueueDueAsync());
        Assert.Equal(0, await Digests.QueueDueAsync());
        await world.Database.Get<MemberEmailDeliverer>().SendQueuedAsync();
        Assert.Equal("Aurelia 车主社区每日摘要", Assert.Single(await MailWorld.PickupAsync(world.Database)).Subject);

        // Tuesday 08:00: the event is still coming up, so there is something to send again.
        world.Database.Clock.Advance(TimeSpan.FromDays(1));
        Assert.Equal(1, await Digests.QueueDueAsync());
    }

    [Fact]
    public async Task Nothing_to_tell_an_unconfirmed_address_or_the_digest_off_means_no_email()
    {
        var author = await MemberAsync(city: "上海", car: true);
        await ContentAsync(author);
        var nothingNew = await MemberAsync(city: "Harbin", car: false);
        var off = await MemberAsync(city: "上海", car: true);
        await ChooseAsync(off, DigestFrequency.Off);
        var unconfirmed = await MemberAsync(city: "上海", car: true, confirmed: false);

        world.Database.Clock.SetUtcNow(MondayEightInShanghai);
        Assert.Equal(1, await Digests.QueueDueAsync()); // the author's own
        Assert.Equal(0, await Digests.QueueDueAsync());

        await using var db = world.Database.CreateDbContext();
        var rows = await db.MemberEmails.Where(e => e.Kind == NotificationKind.Digest).ToListAsync();
        Assert.Equal(MemberEmailStatus.Skipped, rows.Single(r => r.MemberId == nothingNew).Status);
        Assert.DoesNotContain(rows, r => r.MemberId == off || r.MemberId == unconfirmed);
        Assert.Equal(1, await world.Database.Get<MemberEmailDeliverer>().SendQueuedAsync());
    }

    private async Task<string> MemberAsync(string city, bool car, bool confirmed = true, string? culture = null)
    {
        var id = (await world.MembersAsync(1, $"Owner{Guid.NewGuid():N}"[..12]))[0];
        await using (var db = world.Database.CreateDbContext())
        {
            await db.Users.Where(u => u.Id == id).ExecuteUpdateAsync(s => s
                .SetProperty(u => u.EmailConfirmed, confirmed)
                .SetProperty(u => u.City, city)
                .SetProperty(u => u.PreferredCulture, culture)
                .SetProperty(u => u.TimeZoneId, "Asia/Shanghai")
                .SetProperty(u => u.JoinedAt, world.Database.Clock.GetUtcNow().AddDays(-30)));
        }

        if (car)
        {
            await world.Database.InsertVehicleAsync(id, vin: null, modelId: 1);
        }

        return id;
    }

    private async Task ChooseAsync(string member, DigestFrequency frequency)
    {
        var preferences = world.Database.Get<MailPreferences>();
        await preferences.SaveAsync(member, (await preferences.GetAsync(member)) with { Digest = frequency });
    }

    /// <summary>A new thread on model 1's board, a published event in Shanghai, an article for model 1.</summary>
    private async Task ContentAsync(string author)
    {
        var thread = await world.Database.Get<ForumService>().StartThreadAsync(author, new ThreadDraft { BoardId = boardId, Title = "Winter range on the Vela", Body = "How much range do you lose?" });
        Assert.True(thread.Succeeded, string.Join(", ", thread.Problems.Select(p => p.Code)));
        await world.PublishedAsync();
        await using var db = world.Database.CreateDbContext();
        var now = world.Database.Clock.GetUtcNow();
        var article = new Article
        {
            Title = "Range in the cold [tested]", Slug = "range-in-the-cold", AuthorId = world.EditorId, UpdatedById = world.EditorId,
            Status = ArticleStatus.Published, PublishedAt = now, CreatedAt = now, UpdatedAt = now,
        };
        article.Models.Add(new ArticleTargetModel { ModelId = 1 });
        db.Articles.Add(article);
        await db.SaveChangesAsync();
    }
}
