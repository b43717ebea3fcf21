using System.Security.Claims;
using Portal.Domain.Accounts;
using Portal.Domain.Events;

namespace Portal.Tests.Events;

/// <summary>The hub's <c>event:{id}</c> group follows the event page's rule: published events for everyone, drafts for staff.</summary>
public sealed class EventGroupRuleTests : IAsyncLifetime
{
    private EventWorld world = default!;

    public async Task InitializeAsync() => world = await EventWorld.CreateAsync();

    public async Task DisposeAsync() => await world.DisposeAsync();

    [Fact]
    public async Task Anyone_may_follow_a_published_event_and_only_staff_a_draft()
    {
        var published = await world.PublishedAsync();
        var draft = (await world.Studio.CreateAsync(world.EditorId, world.Draft())).Value;
        var rule = new EventGroupRule(world.Reader);
        var anonymous = new ClaimsPrincipal(new ClaimsIdentity());
        var editor = new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimTypes.Role, Roles.Editor)], "test"));

        Assert.True(await rule.MayJoinAsync(anonymous, published.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        Assert.False(await rule.MayJoinAsync(anonymous, draft.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        Assert.True(await rule.MayJoinAsync(editor, draft.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        Assert.False(await rule.MayJoinAsync(editor, "999999"));
        Assert.False(await rule.MayJoinAsync(editor, "1; drop"));
    }
}
