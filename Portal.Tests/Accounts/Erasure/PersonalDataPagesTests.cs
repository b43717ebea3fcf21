using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Domain.Accounts;
using Portal.Domain.Data;
using Portal.Domain.Forums;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Accounts.Erasure;

/// <summary>
/// The account pages a member uses for their data, through HTTP as a browser posts them: the JSON download holds what
/// they wrote and own, and deleting an account that has posted (once a 500: the posts' foreign key) signs them out and
/// leaves the thread readable under "Deleted member".
/// </summary>
public sealed class PersonalDataPagesTests : IClassFixture<PortalAppFactory>
{
    private const string Password = "a long and memorable sentence";

    private readonly PortalAppFactory factory;

    public PersonalDataPagesTests(PortalAppFactory factory) => this.factory = factory;

    [Fact]
    public async Task The_download_is_json_with_profile_garage_posts_and_engagement()
    {
        var (client, memberId, thread) = await PosterAsync("Lin");

        using var response = await client.PostFormAsync("/Account/Manage/DownloadPersonalData", null, new Dictionary<string, string>(), formPage: "/Account/Manage/PersonalData");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType!.MediaType);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStreamAsync());
        var root = json.RootElement;
        Assert.Equal(memberId, root.GetProperty("exportedFor").GetString());
        Assert.Equal("Lin", root.GetProperty("profile").GetProperty("displayName").GetString());
        Assert.Equal(2023, root.GetProperty("garage")[0].GetProperty("year").GetInt32());
        Assert.Equal("Winter range on the Vela", root.GetProperty("threads")[0].GetProperty("title").GetString());
        var post = root.GetProperty("posts")[0];
        Assert.Equal((thread.ThreadId, "How much range do you lose in a Harbin winter?"), (post.GetProperty("threadId").GetInt64(), post.GetProperty("text").GetString()));
        Assert.Equal(JsonValueKind.Array, root.GetProperty("signups").ValueKind);
        Assert.Equal(JsonValueKind.Array, root.GetProperty("engagement").GetProperty("counts").ValueKind);
        Assert.False(root.GetProperty("profile").TryGetProperty("authenticatorKey", out _));
    }

    [Fact]
    public async Task Deleting_an_account_that_has_posted_signs_out_and_the_thread_shows_a_deleted_member()
    {
        var (client, memberId, thread) = await PosterAsync("Zhao Deleted");

        using var wrong = await client.PostFormAsync("/Account/Manage/DeletePersonalData", "delete-user", new Dictionary<string, string> { ["Input.Password"] = "not my password at all" });
        Assert.Equal(HttpStatusCode.OK, wrong.StatusCode);
        using var response = await client.PostFormAsync("/Account/Manage/DeletePersonalData", "delete-user", new Dictionary<string, string> { ["Input.Password"] = Password });

        Assert.Equal(HttpStatusCode.Found, response.StatusCode);
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            await using var db = await scope.ServiceProvider.GetRequiredService<IDbContextFactory<PortalDbContext>>().CreateDbContextAsync();
            Assert.False(await db.Users.IgnoreQueryFilters().AnyAsync(u => u.Id == memberId));
            Assert.Equal(DeletedMember.Id, await db.Posts.Where(p => p.Id == thread.PostId).Select(p => p.AuthorId).SingleAsync());
        }

        using var profile = await client.Http.GetAsync("/account/profile");
        Assert.Equal(HttpStatusCode.Found, profile.StatusCode);
        var page = await client.Http.GetStringAsync(thread.Url);
        Assert.Contains("Deleted member", page, StringComparison.Ordinal);
        Assert.DoesNotContain("Zhao Deleted", page, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await client.Http.GetAsync(MemberUrls.Profile(memberId))).StatusCode);
    }

    /// <summary>A registered, signed-in member with a confirmed email, a month's standing, a car and a thread.</summary>
    private async Task<(FormClient Client, string MemberId, PostLocation Thread)> PosterAsync(string name)
    {
        var client = factory.CreateFormClient();
        var email = $"data.{Guid.NewGuid():N}@example.test";
        await client.RegisterAsync(email, Password, name);
        await using var scope = factory.Services.CreateAsyncScope();
        await using var db = await scope.ServiceProvider.GetRequiredService<IDbContextFactory<PortalDbContext>>().CreateDbContextAsync();
        var user = await db.Users.SingleAsync(u => u.Email == email);
        user.EmailConfirmed = true;
        user.JoinedAt = user.JoinedAt.AddDays(-30);
        db.Vehicles.Add(new Domain.Garage.Vehicle { OwnerId = user.Id, ModelId = 1, Year = 2023, AddedAt = user.JoinedAt });
        await db.SaveChangesAsync();
        var boardId = await db.Boards.Where(b => b.Slug == "charging-range").Select(b => b.Id).SingleAsync();
        var started = await scope.ServiceProvider.GetRequiredService<ForumService>().StartThreadAsync(user.Id, new ThreadDraft
        {
            BoardId = boardId,
            Title = "Winter range on the Vela",
            Body = "How much range do you lose in a Harbin winter?",
        });
        Assert.True(started.Succeeded, string.Join(", ", started.Problems.Select(p => p.Code)));
        return (client, user.Id, started.Value!);
    }
}
