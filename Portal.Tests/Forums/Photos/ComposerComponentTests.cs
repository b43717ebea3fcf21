using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Forms;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using MudBlazor;
using Portal.Domain.Content;
using Portal.Domain.Forums;
using Portal.Domain.Forums.Images;
using Portal.Forums.Composer;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Forums.Photos;

/// <summary>
/// The composer's C# side against the real services: the confirmation rule said before typing, photos uploaded through
/// the file input (thumbnails, refusals that lose nothing), the draft restored and discarded, the toolbar and the mention
/// picker driving the browser side (bUnit's JS interop stands in for js/composer.js).
/// </summary>
public sealed class ComposerComponentTests : PortalComponentTest
{
    private ForumWorld world = null!;
    private string lin = "";
    private BunitJSModuleInterop browser = null!;

    protected override async Task InitializeTestAsync()
    {
        world = await ForumWorld.CreateAsync();
        lin = await world.VeteranAsync("Lin");
        Services.AddSingleton(world.Database.Get<ForumService>());
        Services.AddSingleton(world.Database.Get<MarkdownRenderer>());
        Services.AddSingleton(world.Database.Get<MentionCandidates>());
        Services.AddSingleton(world.Database.Get<PostImageUploads>());
        Services.AddSingleton(world.Database.Get<IOptionsMonitor<ForumOptions>>());
        Services.AddSingleton(world.Database.Get<TimeProvider>());

        var module = JSInterop.SetupModule("./js/composer.js");
        browser = module.SetupModule(invocation => invocation.Identifier == "attach");
        UseViewerPreferences();
        await SignInMemberAsync(lin, "lin@tests.portal.test", Domain.Accounts.Roles.Owner);
        SetRendererInfo(new RendererInfo("Server", isInteractive: true));
        Render<MudPopoverProvider>();
    }

    protected override async Task DisposeTestAsync() => await world.DisposeAsync();

    [Fact]
    public async Task A_member_whose_email_is_not_confirmed_is_told_before_typing_with_a_link_to_resend()
    {
        await using (var db = world.Database.CreateDbContext())
        {
            await db.Users.Where(u => u.Id == lin).ExecuteUpdateAsync(s => s.SetProperty(u => u.EmailConfirmed, false));
        }

        var cut = RenderComposer();

        Assert.Contains("Confirm your email address", cut.Find("[data-testid=cannot-write]").TextContent, StringComparison.Ordinal);
        Assert.Equal("Account/ResendEmailConfirmation", cut.Find("[data-testid=resend-confirmation]").GetAttribute("href"));
        Assert.True(cut.Find("[data-testid=composer-text]").HasAttribute("disabled"));
        Assert.True(cut.Find("[data-testid=photo-input]").HasAttribute("disabled"));
    }

    [Fact]
    public async Task Markdown_that_is_not_a_post_has_no_photos_and_no_posting_rules()
    {
        await using (var db = world.Database.CreateDbContext())
        {
            await db.Users.Where(u => u.Id == lin).ExecuteUpdateAsync(s => s.SetProperty(u => u.EmailConfirmed, false));
        }

        var cut = Render<MarkdownComposer>(p => p.Add(c => c.Value, "An event description.").Add(c => c.Posting, false));

        Assert.Empty(cut.FindAll("[data-testid=cannot-write]"));
        Assert.Empty(cut.FindAll("[data-testid=composer-photos]"));
        Assert.False(cut.Find("[data-testid=composer-text]").HasAttribute("disabled"));
    }

    [Fact]
    public async Task A_photo_is_uploaded_put_into_the_text_and_shown_as_a_thumbnail_and_a_refusal_keeps_the_text()
    {
        const string text = "Look at this:";
        var cut = RenderComposer(value: text);

        cut.FindComponent<InputFile>().UploadFiles(
            InputFileContent.CreateFromBinary(TestImages.Png(320, 200), "Coast road.png", contentType: "image/png"),
            InputFileContent.CreateFromText("not a photo at all", "notes.txt", contentType: "text/plain"));

        cut.WaitForAssertion(() => Assert.Single(cut.FindAll("[data-testid=photo-problem]")));
        Assert.Contains("notes.txt", cut.Find("[data-testid=photo-problem]").TextContent, StringComparison.Ordinal);
        Assert.Contains("not a photo", cut.Find("[data-testid=photo-problem]").TextContent, StringComparison.Ordinal);
        await using var db = world.Database.CreateDbContext();
        var stored = await db.PostImages.SingleAsync();
        var url = PostPhotos.Profile.Url(stored.FileName);
        var markdown = $"![Coast road]({url})";
        Assert.Equal(markdown, browser.VerifyInvoke("insertBlock").Arguments[0]);
        cut.Render(p => p.Add(c => c.Value, $"{text}\n{markdown}\n"));
        Assert.Single(cut.FindAll("[data-testid=photo-thumbnail]"));
        Assert.Empty(cut.FindAll("[data-testid=photo-uploading]"));
    }

    [Fact]
    public async Task Removing_a_thumbnail_deletes_the_unposted_photo_and_takes_it_out_of_the_text()
    {
        var photo = (await world.Database.Get<PostImageUploads>().UploadAsync(lin, new MemoryStream(TestImages.Png(64, 64)))).Value!;
        var cut = RenderComposer(value: $"Before\n![]({photo.Url})\n");

        await cut.InvokeAsync(() => cut.Find("[data-testid=remove-photo]").Click());

        Assert.Equal(photo.Url, browser.VerifyInvoke("removeImage").Arguments[0]);
        await using var db = world.Database.CreateDbContext();
        Assert.Equal(0, await db.PostImages.CountAsync());
    }

    [Fact]
    public async Task A_saved_draft_is_restored_with_a_notice_and_discarding_it_brings_back_the_original()
    {
        browser.Setup<string?>("loadDraft").SetResult("My half-written reply about winter tyres");
        var text = "";
        var cut = RenderComposer(v => text = v);

        cut.WaitForAssertion(() => Assert.Equal("My half-written reply about winter tyres", text));
        Assert.Contains("Draft restored", cut.Find("[data-testid=draft-restored]").TextContent, StringComparison.Ordinal);
        Assert.Equal($"{lin}:reply-7", JSInterop.Invocations.Single(i => i.Identifier == "attach").Arguments[2]);

        await cut.InvokeAsync(() => cut.Find("[data-testid=discard-draft]").Click());

        Assert.Equal("", text);
        browser.VerifyInvoke("clearDraft");
        Assert.Empty(cut.FindAll("[data-testid=draft-restored]"));
    }

    [Fact]
    public async Task Toolbar_buttons_are_labelled_and_format_at_the_cursor_in_the_browser()
    {
        var cut = RenderComposer();

        var bold = cut.Find("[data-testid=format-bold]");
        Assert.Equal("Bold", bold.GetAttribute("aria-label"));
        await cut.InvokeAsync(() => bold.Click());

        Assert.Equal("bold", browser.VerifyInvoke("format").Arguments[0]);
        Assert.Equal(8, cut.FindAll("[role=toolbar] button").Count);
    }

    [Fact]
    public async Task Typing_at_sign_and_letters_lists_members_at_the_caret_and_enter_inserts_the_chosen_one()
    {
        var beijing = await world.VeteranAsync("王伟");
        var shanghai = await world.VeteranAsync("王伟");
        await SetCityAsync(beijing, "北京");
        await SetCityAsync(shanghai, "上海");
        await world.Database.InsertVehicleAsync(shanghai, vin: null, year: 2023);
        var cut = RenderComposer();

        await cut.InvokeAsync(() => cut.Instance.MentionQuery("王", 40, 60));

        var options = cut.FindAll("[data-testid=mention-option]");
        Assert.Equal(2, options.Count);
        Assert.Contains("left:40px;top:60px", cut.Find("[data-testid=mention-list]").GetAttribute("style"), StringComparison.Ordinal);
        Assert.Contains(options, o => o.TextContent.Contains("北京", StringComparison.Ordinal));
        Assert.Contains(options, o => o.TextContent.Contains("上海", StringComparison.Ordinal) && o.TextContent.Contains("(2023)", StringComparison.Ordinal));
        Assert.True(browser.VerifyInvoke("setMentionOpen").Arguments[0] is true);

        await cut.InvokeAsync(() => cut.Instance.MentionKey("ArrowDown"));
        var second = cut.FindAll("[data-testid=mention-option]")[1];
        Assert.Equal("true", second.GetAttribute("aria-selected"));
        var chosen = second.TextContent.Contains("北京", StringComparison.Ordinal) ? beijing : shanghai;
        await cut.InvokeAsync(() => cut.Instance.MentionKey("Enter"));

        Assert.Equal(MarkdownRenderer.MentionMarkdown(chosen, "王伟"), browser.VerifyInvoke("replaceMention").Arguments[0]);
        Assert.Empty(cut.FindAll("[data-testid=mention-list]"));
    }

    private async Task SetCityAsync(string memberId, string city)
    {
        await using var db = world.Database.CreateDbContext();
        await db.Users.Where(u => u.Id == memberId).ExecuteUpdateAsync(s => s.SetProperty(u => u.City, city));
    }

    private IRenderedComponent<MarkdownComposer> RenderComposer(Action<string>? changed = null, string value = "") =>
        Render<MarkdownComposer>(p => p
            .Add(c => c.Value, value)
            .Add(c => c.ValueChanged, v => changed?.Invoke(v))
            .Add(c => c.DraftKey, "reply-7")
            .Add(c => c.ThreadId, 7));
}
