using Microsoft.EntityFrameworkCore;
using Portal.Domain.Forums;
using Portal.Domain.Forums.Images;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Forums.Photos;

/// <summary>A member cannot post, reply, edit or upload a photo until their email is confirmed; the composer can ask first.</summary>
public sealed class ConfirmedEmailTests : IAsyncLifetime
{
    private ForumWorld world = null!;

    public async Task InitializeAsync() => world = await ForumWorld.CreateAsync();

    public async Task DisposeAsync() => await world.DisposeAsync();

    [Fact]
    public async Task An_unconfirmed_member_is_refused_everywhere_and_nothing_is_written()
    {
        var lin = await world.VeteranAsync("Lin");
        var location = await world.ThreadAsync(lin);
        var reply = await world.ReplyAsync(lin, location.ThreadId, "A reply I will want to edit later.");
        await SetConfirmedAsync(lin, confirmed: false);

        var thread = await world.Forum.StartThreadAsync(lin, new ThreadDraft { BoardId = world.BoardId, Title = "Another question", Body = "Is anyone charging at home?" });
        var answer = await world.Forum.ReplyAsync(lin, location.ThreadId, "Another reply about the range.");
        var edit = await world.Forum.EditPostAsync(lin, reply.PostId, "The edited reply about the range.");
        var upload = await world.Database.Get<PostImageUploads>().UploadAsync(lin, new MemoryStream(TestImages.Png(64, 64)));

        Assert.All([thread.Problems, answer.Problems, edit.Problems, upload.Problems], problems => Assert.Equal(ForumProblems.EmailNotConfirmed, Assert.Single(problems).Code));
        Assert.Equal(ForumProblems.EmailNotConfirmed, (await world.Forum.CanWriteAsync(lin))!.Code);
        await using var db = world.Database.CreateDbContext();
        Assert.Equal(2, await db.Posts.CountAsync());
        Assert.Equal(0, await db.PostImages.CountAsync());
    }

    [Fact]
    public async Task Once_confirmed_the_member_posts()
    {
        var lin = await world.VeteranAsync("Lin");
        await SetConfirmedAsync(lin, confirmed: false);
        await SetConfirmedAsync(lin, confirmed: true);

        Assert.Null(await world.Forum.CanWriteAsync(lin));
        await world.ThreadAsync(lin);
    }

    private async Task SetConfirmedAsync(string memberId, bool confirmed)
    {
        await using var db = world.Database.CreateDbContext();
        await db.Users.Where(u => u.Id == memberId).ExecuteUpdateAsync(s => s.SetProperty(u => u.EmailConfirmed, confirmed));
    }
}
