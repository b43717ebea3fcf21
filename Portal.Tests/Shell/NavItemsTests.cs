using Bunit;
using Portal.Domain.Accounts;
using Portal.Shell;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Shell;

public sealed class NavItemsTests : PortalComponentTest
{
    [Fact]
    public void Anonymous_visitors_see_only_the_public_sections()
    {
        AddAuthorization();

        var nav = Render<NavItems>(p => p.Add(c => c.Horizontal, true));

        Assert.Equal(["Home", "Forums", "Articles", "Events"], nav.FindAll("a").Select(a => a.TextContent.Trim()));
    }

    [Theory]
    [InlineData(Roles.Owner, false, false)]
    [InlineData(Roles.Editor, true, false)]
    [InlineData(Roles.Operator, true, true)]
    public void Staff_sections_follow_the_policies(string role, bool studio, bool console)
    {
        var auth = AddAuthorization();
        auth.SetAuthorized("member");
        auth.SetRoles(role);
        var policies = new List<string> { Policies.Member };
        if (studio)
        {
            policies.AddRange([Policies.CanPublish, Policies.CanModerate]);
        }

        if (console)
        {
            policies.Add(Policies.CanOperate);
        }

        auth.SetPolicies([.. policies]);

        var links = Render<NavItems>(p => p.Add(c => c.Horizontal, true)).FindAll("a").Select(a => a.GetAttribute("href")).ToList();

        Assert.Equal(studio, links.Contains("/studio"));
        Assert.Equal(console, links.Contains("/console"));
    }
}
