using Microsoft.AspNetCore.SignalR;
using Microsoft.Extensions.DependencyInjection;
using Portal.Activity;
using Portal.Domain.Activity;
using Portal.Domain.Forums;
using Portal.Domain.Seeding;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Activity;

/// <summary>The SignalR .NET client against the real hub on Kestrel: group rules, and forum news reaching the right groups.</summary>
public sealed class ActivityHubTests(KestrelAppFixture app) : IClassFixture<KestrelAppFixture>
{
    [Fact]
    public async Task An_owner_cannot_join_operators_or_another_members_group_but_may_join_their_own()
    {
        await using var owner = await HubClient.ConnectAsync(app.BaseAddress, DemoAccounts.OwnerEmail);
        var ownerId = await app.App.IdOfAsync(DemoAccounts.OwnerEmail);
        var editorId = await app.App.IdOfAsync(DemoAccounts.EditorEmail);

        var operators = await Assert.ThrowsAsync<HubException>(() => owner.JoinAsync(ActivityGroups.Operators));
        Assert.Contains("Not allowed", operators.Message, StringComparison.Ordinal);
        await Assert.ThrowsAsync<HubException>(() => owner.JoinAsync(ActivityGroups.User(editorId)));
        await Assert.ThrowsAsync<HubException>(() => owner.JoinAsync("nonsense"));
        await owner.JoinAsync(ActivityGroups.User(ownerId));

        await using var @operator = await HubClient.ConnectAsync(app.BaseAddress, DemoAccounts.OperatorEmail);
        await @operator.JoinAsync(ActivityGroups.Operators);
    }

    [Fact]
    public async Task A_hidden_thread_is_joinable_by_moderators_only()
    {
        var threadId = (await app.App.OpenThreadAsync(skip: 5)).Id;
        await using (var scope = app.App.Services.CreateAsyncScope())
        {
            var hidden = await scope.ServiceProvider.GetRequiredService<ForumModeration>()
                .SetThreadHiddenAsync(await app.App.IdOfAsync(DemoAccounts.EditorEmail), threadId, hidden: true, "Spam wave");
            Assert.True(hidden.Succeeded);
        }

        await using var anonymous = await HubClient.ConnectAsync(app.BaseAddress);
        await using var owner = await HubClient.ConnectAsync(app.BaseAddress, DemoAccounts.OwnerEmail);
        await using var editor = await HubClient.ConnectAsync(app.BaseAddress, DemoAccounts.EditorEmail);

        await Assert.ThrowsAsync<HubException>(() => anonymous.JoinAsync(ActivityGroups.Thread(threadId.Invariant())));
        await Assert.ThrowsAsync<HubException>(() => owner.JoinAsync(ActivityGroups.Thread(threadId.Invariant())));
        await editor.JoinAsync(ActivityGroups.Thread(threadId.Invariant()));
    }

    [Fact]
    public async Task A_reply_reaches_the_threads_group_and_the_community_ticker_but_not_other_threads()
    {
        var threadId = (await app.App.OpenThreadAsync(skip: 0)).Id;
        var otherThreadId = (await app.App.OpenThreadAsync(skip: 1)).Id;
        await using var reader = await HubClient.ConnectAsync(app.BaseAddress);
        await reader.JoinAsync(ActivityGroups.Thread(threadId.Invariant()));
        await using var elsewhere = await HubClient.ConnectAsync(app.BaseAddress);
        await elsewhere.JoinAsync(ActivityGroups.Thread(otherThreadId.Invariant()));

        var location = await ReplyAsync(DemoAccounts.OwnerEmail, threadId, "Live from the hub test: tyre pressure at 2.5 bar works well in winter.");

        var news = await reader.WaitForAsync(m => m.Kind == ActivityKinds.PostCreated && m.TargetId == threadId.Invariant(), "the reply in its thread's group");
        Assert.Equal(location.Number.Invariant(), news.Data![ForumActivity.Number]);
        Assert.False(string.IsNullOrEmpty(news.ActorName));
        Assert.Equal(location.Url, news.Url);

        // The other thread's reader hears of it only as a ticker item in the community group, never as thread news.
        var ticker = await elsewhere.WaitForAsync(m => m.Kind == ActivityKinds.PostCreated && m.TargetId == threadId.Invariant(), "the reply as a ticker item in community");
        Assert.NotNull(ticker);
        await app.SettleAsync(elsewhere);
        Assert.Single(elsewhere.Received(), m => m.Kind == ActivityKinds.PostCreated && m.TargetId == threadId.Invariant());
    }

    [Fact]
    public async Task A_mention_rings_only_the_mentioned_members_bell()
    {
        var threadId = (await app.App.OpenThreadAsync(skip: 2)).Id;
        var editorId = await app.App.IdOfAsync(DemoAccounts.EditorEmail);
        await using var editor = await HubClient.ConnectAsync(app.BaseAddress, DemoAccounts.EditorEmail);
        await using var owner = await HubClient.ConnectAsync(app.BaseAddress, DemoAccounts.OwnerEmail);

        await ReplyAsync(DemoAccounts.OperatorEmail, threadId, $"Good question, [@Editor](/members/{editorId}) can you confirm the service interval?");

        var bell = await editor.WaitForAsync(m => m.Kind == ActivityKinds.NotificationCreated, "the mentioned editor's notification");
        Assert.Equal(editorId, bell.TargetId);
        await owner.WaitForAsync(m => m.Kind == ActivityKinds.PostCreated && m.TargetId == threadId.Invariant(), "the reply as a ticker item for the owner");
        await app.SettleAsync(owner);
        Assert.DoesNotContain(owner.Received(), m => m.Kind == ActivityKinds.NotificationCreated);
    }

    [Fact]
    public async Task Operators_receive_the_live_counters_and_owners_do_not()
    {
        await using var @operator = await HubClient.ConnectAsync(app.BaseAddress, DemoAccounts.OperatorEmail);
        await using var owner = await HubClient.ConnectAsync(app.BaseAddress, DemoAccounts.OwnerEmail);

        var kpi = await @operator.WaitForAsync(m => m.Kind == ActivityKinds.Kpi, "the operators' counters (every 6 s)");
        Assert.True(int.Parse(kpi.Data![LiveBroadcaster.MembersOnline], System.Globalization.CultureInfo.InvariantCulture) >= 2);
        await app.SettleAsync(owner);
        Assert.DoesNotContain(owner.Received(), m => m.Kind == ActivityKinds.Kpi);
    }

    private async Task<PostLocation> ReplyAsync(string email, long threadId, string body)
    {
        await using var scope = app.App.Services.CreateAsyncScope();
        var result = await scope.ServiceProvider.GetRequiredService<ForumService>().ReplyAsync(await app.App.IdOfAsync(email), threadId, body);
        Assert.True(result.Succeeded, string.Join(", ", result.Problems.Select(p => p.Code)));
        return result.Value!;
    }
}
