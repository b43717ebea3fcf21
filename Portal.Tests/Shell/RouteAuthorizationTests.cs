using System.Reflection;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Components;

namespace Portal.Tests.Shell;

/// <summary>Every routable page states its authorization explicitly: a policy, or AllowAnonymous.</summary>
public class RouteAuthorizationTests
{
    private static IEnumerable<Type> Pages => typeof(Program).Assembly.GetTypes()
        .Where(t => t.GetCustomAttributes<RouteAttribute>().Any());

    [Fact]
    public void Every_page_has_an_explicit_authorization_attribute()
    {
        var missing = Pages
            .Where(t => !t.GetCustomAttributes<AllowAnonymousAttribute>().Any() && !t.GetCustomAttributes<AuthorizeAttribute>().Any())
            .Select(t => t.FullName)
            .ToList();

        Assert.True(Pages.Count() > 20, "The route table looks empty.");
        Assert.Empty(missing);
    }

    [Fact]
    public void Authorize_attributes_name_a_policy_not_bare_roles()
    {
        var bare = Pages
            .Where(t => t.GetCustomAttributes<AuthorizeAttribute>().Any(a => string.IsNullOrEmpty(a.Policy)))
            .Select(t => t.FullName)
            .ToList();

        Assert.Empty(bare);
    }
}
