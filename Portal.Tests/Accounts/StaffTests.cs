using System.Security.Claims;
using Portal.Domain.Accounts;
using Portal.Domain.Forums;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Accounts;

/// <summary>One definition of staff (Editor or Operator), and the cookie, the policies and the forums agree on it.</summary>
public sealed class StaffTests
{
    [Theory]
    [InlineData(new[] { Roles.Owner }, false)]
    [InlineData(new[] { Roles.Owner, Roles.Editor }, true)]
    [InlineData(new[] { Roles.Owner, Roles.Operator }, true)]
    [InlineData(new string[0], false)]
    public async Task Claims_policies_and_the_forum_viewer_agree_on_who_is_staff(string[] roles, bool staff)
    {
        var user = new ClaimsPrincipal(new ClaimsIdentity(
            [new Claim(ClaimTypes.NameIdentifier, "m1"), .. roles.Select(r => new Claim(ClaimTypes.Role, r))], "Test"));
        var policies = await PortalComponentTest.PoliciesForAsync(roles);

        Assert.Equal(staff, user.IsStaff());
        Assert.Equal(staff, policies.Contains(Policies.CanPublish));
        Assert.Equal(staff, policies.Contains(Policies.CanModerate));
        Assert.Equal(staff, user.ToForumViewer().IsModerator);
    }

    [Fact]
    public void Staff_are_exactly_the_editors_and_operators() =>
        Assert.Equal([Roles.Editor, Roles.Operator], Staff.Roles);
}
