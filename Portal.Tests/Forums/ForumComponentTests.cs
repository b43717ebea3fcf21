using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using Portal.Domain.Accounts;
using Portal.Domain.Content;
using Portal.Domain.Forums;
using Portal.Forums.Composer;
using Portal.Forums.Threads;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Forums;

/// <summary>The composer and the post view, rendered by bUnit against the real forum services on a temp database.</summary>
public sealed class ForumComponentTests : PortalComponentTest
{
    private ForumWorld world = null!;
    private string author = "";
    private string reader = "";
    private PostLocation opening = null!;

    protected override async Task InitializeTestAsync()
    {
        world = await ForumWorld.CreateAsync();
        author = await world.VeteranAsync("Lin");
        reader = await world.VeteranAsync("Wang");
        opening = await world.ThreadAsync(author, body: "Range dropped **30%** this week.");
        Services.AddSingleton(world.Database.Get<ForumService>());
        Services.AddSingleton(world.Database.Get<ForumInteractions>());
        Services.AddSingleton(world.Database.Get<ForumModeration>());
        Services.AddSingleton(world.Database.Get<MarkdownRenderer>());
        Services.AddSingleton(world.Database.Get<MentionCandidates>());
        Services.AddSingleton(world.Database.Get<TimeProvider>());

        UseViewerPreferences();
        SetRendererInfo(new RendererInfo("Server", isInteractive: true));
        Render<MudPopoverProvider>();
    }

    protected override async Task DisposeTestAsync() => await world.DisposeAsync();

    [Fact]
    public void The_preview_shows_the_same_sanitised_html_the_post_will_have()
    {
        var cut = Render<MarkdownComposer>(p => p.Add(c => c.Value, "**bold** <script>alert(1)</script>"));

        cut.FindAll("[role=tab]").Single(t => t.TextContent.Trim() == "Preview").Click();

        var preview = cut.Find("[data-testid=composer-preview]");
        Assert.Equal("bold", preview.QuerySelector("strong")!.TextContent);
        Assert.Null(preview.QuerySelector("script"));
    }

    [Fact]
    public void An_empty_draft_says_there_is_nothing_to_preview()
    {
        var cut = Render<MarkdownComposer>(p => p.Add(c => c.Value, "  "));

        cut.FindAll("[role=tab]").Single(t => t.TextContent.Trim() == "Preview").Click();

        Assert.Contains("Nothing to preview yet.", cut.Find("[data-testid=composer-preview]").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_quote_is_appended_to_the_draft_and_reported_to_the_parent()
    {
        var values = new List<string>();
        var cut = Render<MarkdownComposer>(p => p.Add(c => c.Value, "My answer.").Add(c => c.ValueChanged, v => values.Add(v)));

        await cut.InvokeAsync(() => cut.Instance.AppendAsync("> **Lin** wrote"));

        Assert.Equal("My answer.\n\n> **Lin** wrote", Assert.Single(values));
    }

    [Fact]
    public async Task A_reader_sees_report_but_not_edit_and_a_like_is_saved()
    {
        var changed = 0;
        var cut = await RenderPostAsync(new ForumViewer(reader, false), () => changed++);

        Assert.Empty(cut.FindAll("[data-testid=edit]"));
        Assert.Single(cut.FindAll("[data-testid=report]"));
        await cut.InvokeAsync(() => cut.Find("[data-testid=like]").Click());

        Assert.Equal(1, changed);
        await using var db = world.Database.CreateDbContext();
        Assert.Equal(1, (await db.Posts.SingleAsync()).LikeCount);
    }

    [Fact]
    public async Task The_author_sees_edit_and_delete_and_cannot_like_their_own_post()
    {
        var cut = await RenderPostAsync(new ForumViewer(author, false));

        Assert.Single(cut.FindAll("[data-testid=edit]"));
        Assert.Empty(cut.FindAll("[data-testid=report]"));
        Assert.True(cut.Find("[data-testid=like]").HasAttribute("disabled"));
    }

    [Fact]
    public async Task Editing_in_place_saves_through_the_service()
    {
        var changed = 0;
        var cut = await RenderPostAsync(new ForumViewer(author, false), () => changed++);

        await cut.InvokeAsync(() => cut.Find("[data-testid=edit]").Click());
        cut.Find("[data-testid=composer-text]").Input("Range dropped **25%** after preheating.");
        await cut.InvokeAsync(() => cut.Find("[data-testid=save-edit]").Click());

        Assert.Equal(1, changed);
        await using var db = world.Database.CreateDbContext();
        Assert.Equal("Range dropped **25%** after preheating.", (await db.Posts.SingleAsync()).Body);
    }

    [Fact]
    public async Task A_hidden_post_shows_the_reason_to_owners_and_the_text_to_moderators()
    {
        var editor = await world.VeteranAsync("Editor", Roles.Editor);
        Assert.True((await world.Moderation.SetPostHiddenAsync(editor, opening.PostId, true, "Off-topic sales")).Succeeded);

        var forOwner = await RenderPostAsync(new ForumViewer(reader, false));
        var forModerator = await RenderPostAsync(new ForumViewer(editor, true));

        Assert.Contains("Hidden by moderators: Off-topic sales", forOwner.Markup, StringComparison.Ordinal);
        Assert.Empty(forOwner.FindAll("[data-testid=post-body]"));
        Assert.Contains("<strong>30%</strong>", forModerator.Find("[data-testid=post-body]").InnerHtml, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_deleted_post_is_a_placeholder_with_no_actions()
    {
        await world.Forum.DeletePostAsync(author, opening.PostId);

        var cut = await RenderPostAsync(new ForumViewer(reader, false));

        Assert.Equal("Post removed by its author.", cut.Find("[data-testid=post-removed]").TextContent.Trim());
        Assert.Empty(cut.FindAll("[data-testid=like]"));
    }

    private async Task<IRenderedComponent<PostCard>> RenderPostAsync(ForumViewer viewer, Action? changed = null)
    {
        var view = await world.Reader.GetThreadAsync(opening.ThreadId, 1, viewer);
        return Render<PostCard>(p => p
            .Add(c => c.Post, view!.Posts[0])
            .Add(c => c.Thread, view.Thread)
            .Add(c => c.Viewer, viewer)
            .Add(c => c.Changed, () => changed?.Invoke()));
    }
}
