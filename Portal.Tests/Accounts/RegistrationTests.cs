using Microsoft.EntityFrameworkCore;
using Portal.Domain.Accounts;
using Portal.Domain.Activity;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Accounts;

/// <summary>Registration writes the account and its Owner role together, and tells the bus only after the commit.</summary>
public sealed class RegistrationTests : IAsyncLifetime
{
    private const string Password = "a long enough passphrase 2026";
    private TestDatabase db = default!;

    public async Task InitializeAsync() => db = await TestDatabase.CreateAsync();

    public async Task DisposeAsync() => await db.DisposeAsync();

    [Fact]
    public async Task A_new_member_is_an_owner_and_joins_the_ticker_once_committed()
    {
        var joined = new TaskCompletionSource<(ActivityEvent Activity, bool Committed)>(TaskCreationOptions.RunContinuationsAsynchronously);
        using var subscription = db.Get<IActivityBus>().Subscribe(
            async a =>
            {
                await using var read = db.CreateDbContext();
                joined.TrySetResult((a, await read.Users.AnyAsync(u => u.Id == a.ActorId)));
            },
            a => a.Kind == ActivityKinds.MemberJoined);

        var result = await db.Get<Registration>().RegisterAsync("  王小明 ", "xiaoming@tests.portal.test", Password);

        Assert.True(result.Succeeded);
        Assert.Equal("王小明", result.Member.DisplayName);
        await using var read = db.CreateDbContext();
        Assert.Equal([Roles.Owner], await RoleNamesAsync(read, result.Member.Id));
        var (activity, committed) = await joined.Task.WaitAsync(TimeSpan.FromSeconds(15));
        Assert.True(committed, "member.joined was published before the account was committed");
        Assert.Equal(result.Member.Id, activity.ActorId);
        Assert.Equal(ActivityVisibility.Everyone, activity.Audience.Visibility);
    }

    [Fact]
    public async Task A_refused_password_writes_nothing_and_says_why()
    {
        var result = await db.Get<Registration>().RegisterAsync("Short", "short@tests.portal.test", "too short");

        Assert.False(result.Succeeded);
        Assert.Contains(result.Identity.Errors, e => e.Code == "PasswordTooShort");
        await using var read = db.CreateDbContext();
        Assert.False(await read.Users.AnyAsync());
    }

    [Fact]
    public async Task When_the_role_cannot_be_added_the_account_is_rolled_back_too()
    {
        await using (var arrange = db.CreateDbContext())
        {
            await arrange.Roles.Where(r => r.Name == Roles.Owner).ExecuteDeleteAsync();
        }

        await Assert.ThrowsAsync<InvalidOperationException>(() => db.Get<Registration>().RegisterAsync("Half", "half@tests.portal.test", Password));

        await using var read = db.CreateDbContext();
        Assert.False(await read.Users.AnyAsync(), "the account outlived its failed role");
    }

    private static Task<List<string>> RoleNamesAsync(Portal.Domain.Data.PortalDbContext read, string userId) =>
        read.UserRoles.Where(ur => ur.UserId == userId).Join(read.Roles, ur => ur.RoleId, r => r.Id, (_, r) => r.Name!).ToListAsync();
}
