using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using Portal.Activity;
using Portal.Domain.Accounts;
using Portal.Domain.Activity;
using Portal.Tests.Forums;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Activity;

/// <summary>The home ticker on the real bus and database: a post a moderator hides leaves an open ticker at once, without a reload.</summary>
public sealed class TickerWithdrawalTests : PortalComponentTest
{
    private ForumWorld world = null!;

    protected override async Task InitializeTestAsync()
    {
        world = await ForumWorld.CreateAsync();
        Services.AddSingleton(world.Database.Get<IActivityBus>());
        Services.AddSingleton(world.Database.Get<RecentActivity>());
        Services.AddSingleton(world.Database.Get<PresenceTracker>());
        Services.AddSingleton<TimeProvider>(world.Database.Clock);
        UseViewerPreferences();
        SetRendererInfo(new RendererInfo("Server", isInteractive: true));
    }

    protected override Task DisposeTestAsync() => world.DisposeAsync().AsTask();

    [Fact]
    public async Task A_hidden_post_leaves_the_open_ticker_and_the_threads_other_lines_stay()
    {
        var editor = await world.VeteranAsync("Editor", Roles.Editor);
        var thread = await world.ThreadAsync(await world.VeteranAsync("Lin"), "Winter range on the Vela", "How much range do you lose in winter?");
        var spam = await world.ReplyAsync(await world.VeteranAsync("Seller"), thread.ThreadId, "Buy cheap chargers at my shop today.");
        // The bus hands lines to the ticker's history in the background: on a loaded machine the first render could come
        // before the reply's line, so the open ticker starts once both are in.
        var recent = world.Database.Get<RecentActivity>();
        await Eventually.TrueAsync(async () => (await recent.LatestAsync(10)).Count == 2, "both lines in the ticker's history");
        var cut = Render<ActivityTicker>();
        cut.WaitForAssertion(() => Assert.Equal(2, cut.FindAll("[data-testid=ticker-item]").Count));
        Assert.Contains("Seller", cut.FindAll("[data-testid=ticker-item]")[0].TextContent, StringComparison.Ordinal);

        var hidden = await world.Moderation.SetPostHiddenAsync(editor, spam.PostId, hidden: true, "Advertising");

        Assert.True(hidden.Succeeded);
        cut.WaitForAssertion(() => Assert.Single(cut.FindAll("[data-testid=ticker-item]")));
        Assert.Equal("Lin started “Winter range on the Vela”", cut.Find("[data-testid=ticker-item] a").TextContent);
    }
}
