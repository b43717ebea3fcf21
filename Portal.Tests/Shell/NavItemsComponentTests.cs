using Bunit;
using Portal.Domain.Accounts;
using Portal.Shell;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Shell;

/// <summary>The main navigation: everyone sees the public sections, staff see the Studio, operators the Console.</summary>
public sealed class NavItemsComponentTests : PortalComponentTest
{
    private static readonly string[] PublicLinks = ["/", "/forums", "/articles", "/events"];

    [Fact]
    public void Anonymous_visitor_sees_only_the_public_sections()
    {
        StayAnonymous();

        Assert.Equal(PublicLinks, Links(horizontal: true));
    }

    [Fact]
    public async Task Owner_sees_neither_studio_nor_console()
    {
        await SignInAsync("owner@demo.portal.test", Roles.Owner);

        Assert.Equal(PublicLinks, Links(horizontal: true));
    }

    [Fact]
    public async Task Editor_sees_the_studio_but_not_the_console()
    {
        await SignInAsync("editor@demo.portal.test", Roles.Owner, Roles.Editor);

        Assert.Equal([.. PublicLinks, "/studio"], Links(horizontal: true));
    }

    [Fact]
    public async Task Operator_sees_studio_and_console()
    {
        await SignInAsync("operator@demo.portal.test", Roles.Owner, Roles.Operator);

        Assert.Equal([.. PublicLinks, "/studio", "/console"], Links(horizontal: true));
    }

    [Fact]
    public async Task Drawer_layout_shows_the_same_links_with_labels_and_search()
    {
        await SignInAsync("operator@demo.portal.test", Roles.Owner, Roles.Operator);

        var cut = Render<NavItems>(p => p.Add(n => n.Horizontal, false));

        Assert.Equal([.. PublicLinks, "/search", "/studio", "/console"], cut.FindAll("a").Select(a => a.GetAttribute("href")));
        Assert.Equal(
            ["Home", "Forums", "Articles", "Events", "Search", "Studio", "Console"],
            cut.FindAll("a").Select(a => a.TextContent.Trim()));
    }

    [Fact]
    public async Task In_chinese_the_console_link_is_translated()
    {
        await SignInAsync("operator@demo.portal.test", Roles.Owner, Roles.Operator);
        using var chinese = new CultureScope("zh-CN");

        var cut = Render<NavItems>(p => p.Add(n => n.Horizontal, true));

        Assert.Equal("运营控制台", cut.Find("a[href='/console']").TextContent.Trim());
        Assert.Equal("论坛", cut.Find("a[href='/forums']").TextContent.Trim());
    }

    [Theory]
    [InlineData(new[] { Roles.Owner }, new[] { Policies.Member })]
    [InlineData(new[] { Roles.Owner, Roles.Editor }, new[] { Policies.Member, Policies.CanPublish, Policies.CanModerate })]
    [InlineData(new[] { Roles.Owner, Roles.Operator }, new[] { Policies.Member, Policies.CanPublish, Policies.CanModerate, Policies.CanOperate })]
    public async Task Policies_follow_the_roles(string[] roles, string[] expected) =>
        Assert.Equal(expected.Order(), (await PoliciesForAsync(roles)).Order());

    private List<string?> Links(bool horizontal) =>
        Render<NavItems>(p => p.Add(n => n.Horizontal, horizontal)).FindAll("a").Select(a => a.GetAttribute("href")).ToList();
}
