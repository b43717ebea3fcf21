using Microsoft.EntityFrameworkCore;
using Portal.Domain.Forums;

namespace Portal.Tests.Forums;

/// <summary>The abuse limits hold in the domain service (defaults of <see cref="ForumOptions"/>), and a refusal writes nothing.</summary>
public sealed class PostingLimitsTests : IAsyncLifetime
{
    private ForumWorld world = null!;

    public async Task InitializeAsync() => world = await ForumWorld.CreateAsync();

    public async Task DisposeAsync() => await world.DisposeAsync();

    [Fact]
    public async Task A_new_member_starts_three_threads_on_their_first_day_and_no_fourth()
    {
        var newcomer = await world.Database.CreateMemberAsync("New owner");
        for (var i = 0; i < 3; i++)
        {
            await world.ThreadAsync(newcomer, $"My question number {i}", $"Here is question number {i} about charging.");
        }

        var fourth = await world.Forum.StartThreadAsync(newcomer, new ThreadDraft { BoardId = world.BoardId, Title = "One more question", Body = "And yet another question about charging." });

        Assert.Equal(ForumProblems.NewMemberThreadLimit, Assert.Single(fourth.Problems).Code);
        await using var db = world.Database.CreateDbContext();
        Assert.Equal(3, await db.Threads.CountAsync());

        world.Database.Clock.Advance(TimeSpan.FromDays(1));
        Assert.True((await world.Forum.StartThreadAsync(newcomer, new ThreadDraft { BoardId = world.BoardId, Title = "One more question", Body = "And yet another question about charging." })).Succeeded);
    }

    [Fact]
    public async Task A_new_member_writes_ten_replies_on_their_first_day_and_no_eleventh()
    {
        var veteran = await world.VeteranAsync("Lin");
        var location = await world.ThreadAsync(veteran);
        var newcomer = await world.Database.CreateMemberAsync("New owner");
        for (var i = 0; i < 10; i++)
        {
            await world.ReplyAsync(newcomer, location.ThreadId, $"Reply number {i} from the new owner.");
        }

        var eleventh = await world.Forum.ReplyAsync(newcomer, location.ThreadId, "Reply number eleven from the new owner.");

        Assert.Equal(ForumProblems.NewMemberReplyLimit, Assert.Single(eleventh.Problems).Code);
        Assert.Equal(10, eleventh.Problems[0].Args[0]);
    }

    [Fact]
    public async Task A_new_member_may_post_two_links_but_not_three_while_a_veteran_may()
    {
        var newcomer = await world.Database.CreateMemberAsync("New owner");
        var veteran = await world.VeteranAsync("Lin");
        const string threeLinks = "See https://a.example, https://b.example and [this](https://c.example).";

        var refused = await world.Forum.StartThreadAsync(newcomer, new ThreadDraft { BoardId = world.BoardId, Title = "Useful links", Body = threeLinks });
        var twoLinks = await world.Forum.StartThreadAsync(newcomer, new ThreadDraft { BoardId = world.BoardId, Title = "Useful links", Body = "See https://a.example and https://b.example please." });
        var veteranPost = await world.Forum.StartThreadAsync(veteran, new ThreadDraft { BoardId = world.BoardId, Title = "Useful links", Body = threeLinks });

        Assert.Equal(ForumProblems.TooManyLinks, refused.For("Body")!.Code);
        Assert.True(twoLinks.Succeeded);
        Assert.True(veteranPost.Succeeded);
    }

    [Theory]
    [InlineData("ok")]
    [InlineData("   **好**   ")]
    public async Task A_post_shorter_than_the_minimum_is_refused(string body)
    {
        var veteran = await world.VeteranAsync("Lin");

        var result = await world.Forum.StartThreadAsync(veteran, new ThreadDraft { BoardId = world.BoardId, Title = "Short body", Body = body });

        Assert.Equal(ForumProblems.TooShort, result.For("Body")!.Code);
    }

    [Fact]
    public async Task Chinese_of_eight_characters_is_long_enough()
    {
        var veteran = await world.VeteranAsync("王磊");

        var result = await world.Forum.StartThreadAsync(veteran, new ThreadDraft { BoardId = world.BoardId, Title = "冬季续航怎么样", Body = "冬天续航掉得厉害吗？" });

        Assert.True(result.Succeeded);
    }

    [Fact]
    public async Task Posting_again_within_the_cooldown_is_refused_with_the_seconds_to_wait()
    {
        var veteran = await world.VeteranAsync("Lin");
        var location = await world.ThreadAsync(veteran);
        Assert.True((await world.Forum.ReplyAsync(veteran, location.ThreadId, "First follow-up about the range.")).Succeeded);
        world.Database.Clock.Advance(TimeSpan.FromSeconds(4));

        var result = await world.Forum.ReplyAsync(veteran, location.ThreadId, "Second follow-up about the range.");

        var problem = Assert.Single(result.Problems);
        Assert.Equal((ForumProblems.Cooldown, 6), (problem.Code, (int)problem.Args[0]));
    }

    [Fact]
    public async Task The_same_body_twice_within_five_minutes_is_refused_and_allowed_after()
    {
        var veteran = await world.VeteranAsync("Lin");
        var location = await world.ThreadAsync(veteran);
        await world.ReplyAsync(veteran, location.ThreadId, "Bump: anyone with winter numbers?");

        var again = await world.Forum.ReplyAsync(veteran, location.ThreadId, "Bump: anyone with winter numbers?");
        world.Database.Clock.Advance(TimeSpan.FromMinutes(5));
        var later = await world.Forum.ReplyAsync(veteran, location.ThreadId, "Bump: anyone with winter numbers?");

        Assert.Equal(ForumProblems.Duplicate, again.For("Body")!.Code);
        Assert.True(later.Succeeded);
    }

    [Fact]
    public async Task A_silenced_member_cannot_post_until_the_silence_ends()
    {
        var veteran = await world.VeteranAsync("Lin");
        await using (var db = world.Database.CreateDbContext())
        {
            await db.Users.Where(u => u.Id == veteran).ExecuteUpdateAsync(s => s.SetProperty(u => u.SilencedUntil, world.Database.Clock.GetUtcNow().AddDays(2)));
        }

        var during = await world.Forum.StartThreadAsync(veteran, new ThreadDraft { BoardId = world.BoardId, Title = "Let me speak", Body = "I have something to say about range." });
        world.Database.Clock.Advance(TimeSpan.FromDays(2));
        var after = await world.Forum.StartThreadAsync(veteran, new ThreadDraft { BoardId = world.BoardId, Title = "Let me speak", Body = "I have something to say about range." });

        Assert.Equal(ForumProblems.Silenced, Assert.Single(during.Problems).Code);
        Assert.True(after.Succeeded);
    }

    [Fact]
    public async Task Editing_cannot_sneak_in_links_a_new_member_may_not_post()
    {
        var newcomer = await world.Database.CreateMemberAsync("New owner");
        var location = await world.ThreadAsync(newcomer, "A plain question", "How do I book a service online?");

        var result = await world.Forum.EditPostAsync(newcomer, location.PostId, "Buy here https://a.example https://b.example https://c.example");

        Assert.Equal(ForumProblems.TooManyLinks, result.For("Body")!.Code);
        await using var db = world.Database.CreateDbContext();
        Assert.Equal("How do I book a service online?", (await db.Posts.SingleAsync()).Body);
    }
}
