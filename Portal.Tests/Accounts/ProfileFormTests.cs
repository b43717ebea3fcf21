using AngleSharp.Dom;
using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using Portal.Accounts;
using Portal.Domain.Accounts;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Accounts;

/// <summary>The profile form, against the real <see cref="ProfileService"/> and a real database.</summary>
public sealed class ProfileFormTests : PortalComponentTest
{
    [Fact]
    public async Task Saving_valid_changes_stores_them_and_raises_saved()
    {
        await using var db = await TestDatabase.CreateAsync();
        var (id, cut, saved) = await RenderFormAsync(db);

        Field(cut, "Display name").Change("  Chen Xiao 陈晓  ");
        Field(cut, "City or region").Change(" 上海 ");
        cut.Find("textarea").Change("Vela owner since 2022.");
        await cut.InvokeAsync(() => cut.Find("[data-testid=save-profile]").Click());

        cut.WaitForAssertion(() => Assert.Single(saved));
        var profile = await db.Get<ProfileService>().GetAsync(id);
        Assert.Equal(("Chen Xiao 陈晓", "上海", "Vela owner since 2022."), (profile!.DisplayName, profile.City, profile.Bio));
        Assert.Empty(cut.FindAll("[role=alert]"));
    }

    [Fact]
    public async Task A_refused_name_shows_the_services_reason_on_the_field_and_saves_nothing()
    {
        await using var db = await TestDatabase.CreateAsync();
        var (id, cut, saved) = await RenderFormAsync(db);

        Field(cut, "Display name").Change("X");
        Field(cut, "City or region").Change("Hangzhou");
        await cut.InvokeAsync(() => cut.Find("[data-testid=save-profile]").Click());

        cut.WaitForAssertion(() => Assert.Equal("Your profile was not saved. Check the fields below.", cut.Find("[role=alert]").TextContent.Trim()));
        Assert.Contains("The display name must be 2 to 40 characters.", cut.Markup, StringComparison.Ordinal);
        Assert.Empty(saved);
        var profile = await db.Get<ProfileService>().GetAsync(id);
        Assert.Equal(("Chen Xiao", (string?)null), (profile!.DisplayName, profile.City));
    }

    [Fact]
    public async Task An_empty_name_is_caught_by_the_form_before_the_service()
    {
        await using var db = await TestDatabase.CreateAsync();
        var (id, cut, saved) = await RenderFormAsync(db);

        Field(cut, "Display name").Change("");
        Field(cut, "City or region").Change("Hangzhou");
        await cut.InvokeAsync(() => cut.Find("[data-testid=save-profile]").Click());

        cut.WaitForAssertion(() => Assert.Contains("This field is required.", cut.Markup, StringComparison.Ordinal));
        Assert.Empty(saved);
        Assert.Empty(cut.FindAll("[role=alert]"));
        Assert.Null((await db.Get<ProfileService>().GetAsync(id))!.City);
    }

    [Fact]
    public async Task After_a_redirect_with_saved_1_the_success_message_shows()
    {
        await using var db = await TestDatabase.CreateAsync();

        var (_, cut, _) = await RenderFormAsync(db, "/profile?saved=1");

        Assert.Equal("Your profile was saved.", cut.Find("[data-testid=profile-saved]").TextContent.Trim());
    }

    [Fact]
    public async Task Without_saved_1_there_is_no_success_message()
    {
        await using var db = await TestDatabase.CreateAsync();

        var (_, cut, _) = await RenderFormAsync(db);

        Assert.Empty(cut.FindAll("[data-testid=profile-saved]"));
        Assert.Equal("Chen Xiao", Field(cut, "Display name").GetAttribute("value"));
    }

    private async Task<(string Id, IRenderedComponent<ProfileForm> Cut, List<int> Saved)> RenderFormAsync(TestDatabase db, string uri = "/profile")
    {
        var id = await db.CreateMemberAsync("Chen Xiao");
        Services.AddSingleton(db.Get<ProfileService>());
        Services.GetRequiredService<NavigationManager>().NavigateTo(uri);
        var profile = await db.Get<ProfileService>().GetAsync(id);
        var saved = new List<int>();
        Render<MudPopoverProvider>();
        var cut = Render<ProfileForm>(p => p.Add(f => f.Profile, profile).Add(f => f.Saved, () => saved.Add(1)));
        return (id, cut, saved);
    }

    private static IElement Field(IRenderedComponent<ProfileForm> cut, string label)
    {
        var id = cut.FindAll("label").Single(l => l.TextContent.Trim() == label).GetAttribute("for");
        return cut.Find($"#{id}");
    }
}
