using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using Portal.Domain.Search;
using Portal.Search;
using Portal.Tests.Forums;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Search;

/// <summary>The /search page against the real search on a temp database: groups with counts, the partial notice, members for members.</summary>
public sealed class SiteSearchPageTests : PortalComponentTest
{
    private ForumWorld world = null!;
    private string lin = "";

    protected override async Task InitializeTestAsync()
    {
        world = await ForumWorld.CreateAsync();
        lin = await world.VeteranAsync("Lin Feng");
        await world.ThreadAsync(lin, "Winter range on the Vela", "Preheating the battery helps a lot when charging in the cold.");
        await world.ThreadAsync(lin, "Tyre noise on the highway", "The stock tyres get loud above 100 km/h.");
        Services.AddSingleton(world.Database.Get<SiteSearch>());
        UseViewerPreferences();
    }

    protected override Task DisposeTestAsync() => world.DisposeAsync().AsTask();

    [Fact]
    public void Without_words_the_page_says_what_it_can_find()
    {
        StayAnonymous();

        var cut = RenderPage("/search");

        Assert.Contains("What are you looking for?", cut.Markup, StringComparison.Ordinal);
        Assert.Empty(cut.FindAll("[data-testid=search-tabs]"));
    }

    [Fact]
    public void Groups_show_their_counts_and_a_visitor_is_told_to_sign_in_for_members()
    {
        StayAnonymous();

        var cut = RenderPage("/search?q=winter");

        cut.WaitForAssertion(() => Assert.Single(cut.FindAll("[data-testid=search-hit]")));
        Assert.Contains("Threads and posts (1)", cut.Find("[data-testid=search-tab-posts]").TextContent, StringComparison.Ordinal);
        Assert.Empty(cut.FindAll("[data-testid=search-tab-members]"));
        Assert.Empty(cut.FindAll("[data-testid=search-partial]"));
        Assert.Equal("/forums/search?q=winter", cut.Find("[data-testid=search-forum-filters]").GetAttribute("href"));
        Assert.Contains("Sign in to find members", cut.Find("[data-testid=members-sign-in]").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Partial_matches_are_announced()
    {
        await SignInMemberAsync(lin, "Lin Feng");

        var cut = RenderPage("/search?q=winter%20tyres");

        cut.WaitForAssertion(() => Assert.Equal(2, cut.FindAll("[data-testid=search-hit]").Count));
        Assert.Contains("Nothing contains every word of “winter tyres”", cut.Find("[data-testid=search-partial]").TextContent, StringComparison.Ordinal);
        Assert.Empty(cut.FindAll("[data-testid=members-sign-in]"));
    }

    [Fact]
    public async Task A_member_finds_members_with_city_and_car()
    {
        await SignInMemberAsync(lin, "Lin Feng");
        await world.Database.InsertVehicleAsync(lin, vin: null);

        var cut = RenderPage("/search?q=lin&type=members");

        cut.WaitForAssertion(() => Assert.Single(cut.FindAll("[data-testid=member-hit]")));
        Assert.Contains("Lin Feng", cut.Find("[data-testid=member-hit]").TextContent, StringComparison.Ordinal);
        Assert.Contains(" owner", cut.Find("[data-testid=member-hit]").TextContent, StringComparison.Ordinal);
        Assert.Equal("page", cut.Find("[data-testid=search-tab-members]").GetAttribute("aria-current"));
    }

    [Theory]
    [InlineData("/search?q=winter&page=abc")]
    [InlineData("/search?q=winter&page=2147483648")]
    [InlineData("/search?q=winter&page=1.5&type=%00")]
    public void Hostile_query_values_read_as_the_first_page(string uri)
    {
        StayAnonymous();

        var cut = RenderPage(uri);

        cut.WaitForAssertion(() => Assert.Single(cut.FindAll("[data-testid=search-hit]")));
    }

    private IRenderedComponent<SiteSearchPage> RenderPage(string uri)
    {
        Services.GetRequiredService<NavigationManager>().NavigateTo(uri);
        Render<MudPopoverProvider>();
        return Render<SiteSearchPage>();
    }
}
