using Bunit;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using Portal.Domain.Accounts;
using Portal.Domain.Forums;
using Portal.Forums.Moderation;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Forums.Moderation;

/// <summary>The edit-history dialog a moderator opens for a post, against the real ForumModeration.</summary>
public sealed class PostHistoryDialogTests : PortalComponentTest
{
    private ForumWorld world = null!;
    private string author = "";
    private string editor = "";
    private PostLocation post = null!;

    protected override async Task InitializeTestAsync()
    {
        world = await ForumWorld.CreateAsync();
        author = await world.VeteranAsync("Lin");
        editor = await world.VeteranAsync("Editor", Roles.Editor);
        post = await world.ThreadAsync(author, "Winter range on the Vela", "First try: range drops **a lot** <b>below</b> zero.");
        Services.AddSingleton(world.Moderation);
        UseViewerPreferences();
    }

    protected override Task DisposeTestAsync() => world.DisposeAsync().AsTask();

    [Fact]
    public async Task Lists_earlier_bodies_oldest_first_as_raw_markdown_with_their_time()
    {
        Assert.True((await world.Forum.EditPostAsync(author, post.PostId, "Second try: about 30% less range at -10 °C.")).Succeeded);
        world.Tick();
        Assert.True((await world.Forum.EditPostAsync(author, post.PostId, "Third try: 30% less at -10 °C, 40% at -20 °C.")).Succeeded);

        var provider = await OpenAsync(editor, Roles.Editor);

        var revisions = provider.FindAll("[data-testid=history-revision]");
        Assert.Equal(2, revisions.Count);
        Assert.Equal("First try: range drops **a lot** <b>below</b> zero.", revisions[0].QuerySelector("pre")!.TextContent);
        Assert.Empty(revisions[0].QuerySelectorAll("pre *"));
        Assert.Equal("Second try: about 30% less range at -10 °C.", revisions[1].QuerySelector("pre")!.TextContent);
        Assert.StartsWith("Version 1, replaced", revisions[0].QuerySelector("h3")!.TextContent.Trim(), StringComparison.Ordinal);
        Assert.NotNull(revisions[0].QuerySelector("h3 time"));
    }

    [Fact]
    public async Task An_unedited_post_says_it_has_no_history()
    {
        var provider = await OpenAsync(editor, Roles.Editor);

        Assert.Equal("This post has not been edited.", provider.Find("[data-testid=history-empty]").TextContent.Trim());
    }

    [Fact]
    public async Task An_owner_is_told_only_moderators_may_read_it()
    {
        await world.Forum.EditPostAsync(author, post.PostId, "Edited text that owners must not compare.");

        var provider = await OpenAsync(author);

        Assert.Contains("Only editors and operators can moderate.", provider.Markup, StringComparison.Ordinal);
        Assert.Empty(provider.FindAll("[data-testid=history-revision]"));
    }

    [Fact]
    public async Task Close_closes_the_dialog()
    {
        var provider = await OpenAsync(editor, Roles.Editor);

        await provider.InvokeAsync(() => provider.Find("[data-testid=history-close]").Click());

        provider.WaitForAssertion(() => Assert.Empty(provider.FindAll("[data-testid=history-empty]")));
    }

    private async Task<IRenderedComponent<MudDialogProvider>> OpenAsync(string memberId, params string[] roles)
    {
        await SignInMemberAsync(memberId, "member@tests.portal.test", [Roles.Owner, .. roles]);
        var provider = Render<MudDialogProvider>();
        var dialogs = Services.GetRequiredService<IDialogService>();
        await provider.InvokeAsync(() => PostHistoryDialog.ShowAsync(dialogs, post.PostId));
        provider.WaitForAssertion(() => Assert.Empty(provider.FindAll(".mud-progress-linear")));
        return provider;
    }
}
