using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using Portal.Domain.Accounts;
using Portal.Domain.Forums;
using Portal.Forums.Threads;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Forums;

/// <summary>The thread's title bar as a moderator sees a hidden thread: the reason in the reader's words, not its stored code.</summary>
public sealed class ThreadTitleBarTests : PortalComponentTest
{
    private ForumWorld world = null!;
    private string editor = "";
    private PostLocation thread = null!;

    protected override async Task InitializeTestAsync()
    {
        world = await ForumWorld.CreateAsync();
        editor = await world.VeteranAsync("Editor", Roles.Editor);
        thread = await world.ThreadAsync(await world.VeteranAsync("Lin"), "Cheap tyres here", "Visit my shop for cheap tyres.");
        Services.AddSingleton(world.Database.Get<ForumInteractions>());
        Services.AddSingleton(world.Moderation);
        Services.AddSingleton(world.Reader);
        UseViewerPreferences();
        await SignInMemberAsync(editor, "editor@tests.portal.test", Roles.Owner, Roles.Editor);
        SetRendererInfo(new RendererInfo("Server", isInteractive: true));
    }

    protected override Task DisposeTestAsync() => world.DisposeAsync().AsTask();

    [Theory]
    [InlineData("spam: Tyre shop adverts", "Hidden: Spam or advertising: Tyre shop adverts")]
    [InlineData("personal-data", "Hidden: Personal data shared")]
    [InlineData("Written before the presets", "Hidden: Written before the presets")]
    public async Task A_hidden_threads_reason_reads_in_the_viewers_language(string stored, string shown)
    {
        Assert.True((await world.Moderation.SetThreadHiddenAsync(editor, thread.ThreadId, true, stored)).Succeeded);
        var viewer = new ForumViewer(editor, true);
        var view = await world.Reader.GetThreadAsync(thread.ThreadId, 1, viewer);
        Render<MudPopoverProvider>();

        var cut = Render<ThreadTitleBar>(p => p.Add(c => c.View, view!).Add(c => c.Viewer, viewer));

        Assert.Contains(cut.FindAll(".mud-chip"), chip => chip.TextContent.Trim() == shown);
    }
}
