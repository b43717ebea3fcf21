using Bunit;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using Portal.Domain.Forums;
using Portal.Forums.Threads;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Forums.Moderation;

/// <summary>
/// The dialog a moderator answers when hiding a post or thread from its page: the reports queue's presets and note,
/// confirmable only when complete, returning the language-neutral stored text.
/// </summary>
public sealed class ReasonDialogTests : PortalComponentTest
{
    private IRenderedComponent<MudDialogProvider> provider = null!;
    private IDialogReference dialog = null!;

    protected override async Task InitializeTestAsync()
    {
        UseViewerPreferences();
        Render<MudPopoverProvider>();
        provider = Render<MudDialogProvider>();
        var dialogs = Services.GetRequiredService<IDialogService>();
        var parameters = new DialogParameters<ReasonDialog> { { d => d.HelperText, "Shown to staff on the hidden thread." } };
        dialog = await provider.InvokeAsync(() => dialogs.ShowAsync<ReasonDialog>("Hide thread", parameters));
        provider.WaitForAssertion(() => Assert.NotNull(provider.Find("[data-testid=confirm-reason]")));
    }

    [Fact]
    public async Task A_preset_and_a_note_come_back_as_the_stored_reason()
    {
        Assert.True(Confirm().HasAttribute("disabled"));
        Assert.Contains("Shown to staff on the hidden thread.", provider.Markup, StringComparison.Ordinal);

        await PickAsync(ModerationReason.Spam);
        provider.WaitForAssertion(() => Assert.False(Confirm().HasAttribute("disabled")));
        Field("Note (optional)").Input("  Tyre shop adverts ");
        await provider.InvokeAsync(() => Confirm().Click());

        var result = await dialog.Result.WaitAsync(Eventually.Timeout);
        Assert.Equal((false, "spam: Tyre shop adverts"), (result!.Canceled, result.Data));
        Assert.Equal(ModerationReason.Spam, ModerationReasons.TryParse((string)result.Data!, out var parsed, out _) ? parsed : null);
    }

    [Fact]
    public async Task Other_waits_for_the_moderators_own_words()
    {
        await PickAsync(ModerationReason.Other);

        provider.WaitForAssertion(() => Assert.NotNull(Field("Your reason (needed for Other)")));
        Assert.True(Confirm().HasAttribute("disabled"));
        Field("Your reason (needed for Other)").Input("Selling chargers");
        provider.WaitForAssertion(() => Assert.False(Confirm().HasAttribute("disabled")));
        await provider.InvokeAsync(() => Confirm().Click());

        var result = await dialog.Result.WaitAsync(Eventually.Timeout);
        Assert.Equal("Selling chargers", result!.Data);
    }

    [Fact]
    public async Task Cancel_returns_nothing()
    {
        await PickAsync(ModerationReason.Spam);

        await provider.InvokeAsync(() => provider.FindAll("button").Single(b => b.TextContent.Trim() == "Cancel").Click());

        Assert.True((await dialog.Result.WaitAsync(Eventually.Timeout))!.Canceled);
    }

    private AngleSharp.Dom.IElement Confirm() => provider.Find("[data-testid=confirm-reason]");

    private async Task PickAsync(ModerationReason reason) =>
        await provider.InvokeAsync(() => provider.FindComponent<MudSelect<ModerationReason?>>().Instance.ValueChanged.InvokeAsync(reason));

    private AngleSharp.Dom.IElement Field(string label)
    {
        var id = provider.FindAll("label").Single(l => l.TextContent.Trim() == label).GetAttribute("for");
        return provider.Find($"#{id}");
    }
}
