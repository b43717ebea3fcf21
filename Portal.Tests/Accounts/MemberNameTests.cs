using Bunit;
using Portal.Accounts;
using Portal.Domain.Accounts;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Accounts;

public sealed class MemberNameTests : PortalComponentTest
{
    [Theory]
    [InlineData(true, false)]
    [InlineData(false, true)]
    [InlineData(false, false)]
    public void Badges_appear_only_for_verified_owners_and_staff(bool verified, bool staff)
    {
        var member = new MemberSummary("m1", "王磊", null, verified, staff);

        var cut = Render<MemberName>(p => p.Add(c => c.Member, member).Add(c => c.ShowAvatar, true));

        Assert.Equal("/members/m1", cut.Find("a.portal-member__name").GetAttribute("href"));
        Assert.Equal("王磊", cut.Find("a.portal-member__name").TextContent);
        Assert.Equal(verified, cut.FindAll("[data-testid=verified-badge]").Count > 0);
        Assert.Equal(staff, cut.Markup.Contains("Official", StringComparison.Ordinal));
        Assert.Contains("王", cut.Find(".portal-avatar").TextContent, StringComparison.Ordinal);
    }
}
