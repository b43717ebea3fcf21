using System.Net;
using Portal.Domain.Seeding;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Integration;

/// <summary>Each role-gated page answers anonymous visitors, owners, editors and operators with the right status.</summary>
public sealed class RoleGateTests : IClassFixture<PortalAppFactory>
{
    private readonly PortalAppFactory factory;

    public RoleGateTests(PortalAppFactory factory) => this.factory = factory;

    public static TheoryData<string, string, HttpStatusCode> Cases => new()
    {
        { "/", "anonymous", HttpStatusCode.OK },
        { "/forums", "anonymous", HttpStatusCode.OK },
        { "/account/profile", "anonymous", HttpStatusCode.Found },
        { "/account/profile", DemoAccounts.OwnerEmail, HttpStatusCode.OK },
        { "/account/garage", DemoAccounts.OwnerEmail, HttpStatusCode.OK },
        { "/studio", "anonymous", HttpStatusCode.Found },
        { "/studio", DemoAccounts.OwnerEmail, HttpStatusCode.Forbidden },
        { "/studio", DemoAccounts.EditorEmail, HttpStatusCode.OK },
        { "/studio", DemoAccounts.OperatorEmail, HttpStatusCode.OK },
        { "/console", "anonymous", HttpStatusCode.Found },
        { "/console", DemoAccounts.OwnerEmail, HttpStatusCode.Forbidden },
        { "/console", DemoAccounts.EditorEmail, HttpStatusCode.Forbidden },
        { "/console", DemoAccounts.OperatorEmail, HttpStatusCode.OK },
        { "/console/members", DemoAccounts.EditorEmail, HttpStatusCode.Forbidden },
        { "/console/members", DemoAccounts.OperatorEmail, HttpStatusCode.OK },
        { "/console/events", DemoAccounts.OwnerEmail, HttpStatusCode.Forbidden },
        { "/console/events", DemoAccounts.EditorEmail, HttpStatusCode.Forbidden },
        { "/console/events", DemoAccounts.OperatorEmail, HttpStatusCode.OK },
        { "/console/lifecycle", DemoAccounts.OwnerEmail, HttpStatusCode.Forbidden },
        { "/console/lifecycle", DemoAccounts.EditorEmail, HttpStatusCode.Forbidden },
        { "/console/lifecycle", DemoAccounts.OperatorEmail, HttpStatusCode.OK },
        { "/console/lifecycle?by=region", DemoAccounts.OperatorEmail, HttpStatusCode.OK },
        { "/console/exports/event-funnels.csv", "anonymous", HttpStatusCode.Found },
        { "/console/exports/event-funnels.csv", DemoAccounts.OwnerEmail, HttpStatusCode.Forbidden },
        { "/console/exports/event-funnels.csv", DemoAccounts.EditorEmail, HttpStatusCode.Forbidden },
        { "/console/exports/event-funnels.csv", DemoAccounts.OperatorEmail, HttpStatusCode.OK },
        { "/console/exports/event-cities.csv?days=90", DemoAccounts.EditorEmail, HttpStatusCode.Forbidden },
        { "/console/exports/event-cities.csv?days=90", DemoAccounts.OperatorEmail, HttpStatusCode.OK },
        { "/console/exports/lifecycle-weeks.csv", DemoAccounts.OwnerEmail, HttpStatusCode.Forbidden },
        { "/console/exports/lifecycle-weeks.csv?id=verified:yes", DemoAccounts.OperatorEmail, HttpStatusCode.OK },
        { "/console/exports/lifecycle-cohorts.csv", DemoAccounts.EditorEmail, HttpStatusCode.Forbidden },
        { "/console/exports/lifecycle-cohorts.csv", DemoAccounts.OperatorEmail, HttpStatusCode.OK },
        { "/console/exports/lifecycle-breakdown.csv?id=region", DemoAccounts.OwnerEmail, HttpStatusCode.Forbidden },
        { "/console/exports/lifecycle-breakdown.csv?id=region", DemoAccounts.OperatorEmail, HttpStatusCode.OK },
        { "/console/exports/lifecycle-breakdown.csv?id=nonsense", DemoAccounts.OperatorEmail, HttpStatusCode.NotFound },
        { "/Account/Manage/ChangePassword", "anonymous", HttpStatusCode.Found },
        { "/Account/Manage/ChangePassword", DemoAccounts.OwnerEmail, HttpStatusCode.OK },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Page_answers_with_the_expected_status(string path, string who, HttpStatusCode expected)
    {
        var client = factory.CreateFormClient();
        if (who != "anonymous")
        {
            var signIn = await client.SignInAsync(who, DemoAccounts.Password);
            Assert.Equal(HttpStatusCode.Found, signIn.StatusCode);
        }

        using var response = await client.Http.GetAsync(path);

        Assert.Equal(expected, response.StatusCode);
        if (expected == HttpStatusCode.Found)
        {
            Assert.StartsWith("http://localhost/Account/Login?ReturnUrl=", response.Headers.Location!.ToString(), StringComparison.OrdinalIgnoreCase);
        }

        if (expected == HttpStatusCode.Forbidden)
        {
            Assert.Contains("Access denied", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }
    }
}
