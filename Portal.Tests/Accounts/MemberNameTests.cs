using Bunit;
using Portal.Accounts;
using Portal.Domain.Accounts;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Accounts;

/// <summary>A member's name wherever it appears: a link to their page, the verified badge and the staff chip.</summary>
public sealed class MemberNameTests : PortalComponentTest
{
    [Fact]
    public void Plain_owner_gets_a_link_and_no_badges()
    {
        var cut = Render<MemberName>(p => p.Add(m => m.Member, Member(verified: false, staff: false)));

        var link = cut.Find("a");
        Assert.Equal(("/members/m-1", "Chen Xiao"), (link.GetAttribute("href"), link.TextContent));
        Assert.Empty(cut.FindAll("[data-testid=verified-badge]"));
        Assert.DoesNotContain("Official", cut.Markup, StringComparison.Ordinal);
        Assert.DoesNotContain("Verified owner", cut.Markup, StringComparison.Ordinal);
    }

    [Fact]
    public void Verified_owner_gets_the_badge_with_an_accessible_label()
    {
        var cut = Render<MemberName>(p => p.Add(m => m.Member, Member(verified: true, staff: false)));

        Assert.Single(cut.FindAll("[data-testid=verified-badge]"));
        Assert.Equal("Verified owner", cut.Find(".portal-visually-hidden").TextContent);
        Assert.Empty(cut.FindAll(".portal-member__official"));
    }

    [Fact]
    public void Staff_get_the_official_chip_but_no_verified_badge_without_a_verified_car()
    {
        var cut = Render<MemberName>(p => p.Add(m => m.Member, Member(verified: false, staff: true)));

        Assert.Equal("Official", cut.Find(".portal-member__official").TextContent.Trim());
        Assert.Empty(cut.FindAll("[data-testid=verified-badge]"));
    }

    [Fact]
    public void Verified_staff_get_both()
    {
        var cut = Render<MemberName>(p => p.Add(m => m.Member, Member(verified: true, staff: true)));

        Assert.Single(cut.FindAll("[data-testid=verified-badge]"));
        Assert.Single(cut.FindAll(".portal-member__official"));
    }

    [Theory]
    [InlineData("Chen Xiao", "CX")]
    [InlineData("陈晓", "陈")]
    [InlineData("emma", "E")]
    public void Avatar_shows_initials_when_there_is_no_picture(string name, string initials)
    {
        var member = Member(verified: false, staff: false) with { DisplayName = name };

        var cut = Render<MemberName>(p => p.Add(m => m.Member, member).Add(m => m.ShowAvatar, true));

        Assert.Equal(initials, cut.Find(".portal-avatar").TextContent.Trim());
        Assert.Empty(cut.FindAll("img"));
    }

    [Fact]
    public void Avatar_shows_the_stored_picture()
    {
        var member = Member(verified: false, staff: false) with { AvatarFile = "m1-abc.webp" };

        var cut = Render<MemberName>(p => p.Add(m => m.Member, member).Add(m => m.ShowAvatar, true));

        Assert.Equal("/media/avatars/m1-abc.webp", cut.Find("img").GetAttribute("src"));
    }

    [Fact]
    public void In_chinese_the_badges_are_translated()
    {
        using var chinese = new CultureScope("zh-CN");

        var cut = Render<MemberName>(p => p.Add(m => m.Member, Member(verified: true, staff: true)));

        Assert.Equal("认证车主", cut.Find(".portal-visually-hidden").TextContent);
        Assert.Equal("官方", cut.Find(".portal-member__official").TextContent.Trim());
    }

    private static MemberSummary Member(bool verified, bool staff) => new("m-1", "Chen Xiao", null, verified, staff);
}
