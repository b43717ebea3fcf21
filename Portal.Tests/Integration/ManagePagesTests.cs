using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Portal.Domain.Accounts;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Integration;

/// <summary>The account area's pages, as a signed-in owner: each has exactly one h1 (the layout's "Your account").</summary>
public sealed partial class ManagePagesTests : IClassFixture<PortalAppFactory>
{
    private const string Password = "a long and memorable sentence";

    private readonly PortalAppFactory factory;

    public ManagePagesTests(PortalAppFactory factory) => this.factory = factory;

    [Theory]
    [InlineData("/account/profile", false)]
    [InlineData("/account/garage", false)]
    [InlineData("/Account/Manage/Email", false)]
    [InlineData("/Account/Manage/ChangePassword", false)]
    [InlineData("/Account/Manage/TwoFactorAuthentication", false)]
    [InlineData("/Account/Manage/EnableAuthenticator", false)]
    [InlineData("/Account/Manage/ResetAuthenticator", false)]
    [InlineData("/Account/Manage/PersonalData", false)]
    [InlineData("/Account/Manage/DeletePersonalData", false)]
    [InlineData("/Account/Manage/Disable2fa", true)]
    [InlineData("/Account/Manage/GenerateRecoveryCodes", true)]
    public async Task Manage_page_has_exactly_one_h1(string path, bool needsTwoFactor)
    {
        var client = factory.CreateFormClient();
        var email = $"headings.{Guid.NewGuid():N}@example.test";
        await client.RegisterAsync(email, Password);
        if (needsTwoFactor)
        {
            // These pages only exist for a member with two-factor on (otherwise they send you to the overview).
            await using var scope = factory.Services.CreateAsyncScope();
            var users = scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>();
            Assert.True((await users.SetTwoFactorEnabledAsync((await users.FindByEmailAsync(email))!, true)).Succeeded);
        }

        using var response = await client.Http.GetAsync(path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        var headings = H1().Matches(html).Select(m => m.Groups[1].Value.Trim()).ToList();
        Assert.Equal(["Your account"], headings);
    }

    [GeneratedRegex("<h1[^>]*>(.*?)</h1>", RegexOptions.Singleline)]
    private static partial Regex H1();
}
