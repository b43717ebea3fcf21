using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Domain.Accounts;
using Portal.Domain.Data;
using Portal.Domain.Engagement;
using Portal.Domain.Engagement.Reports;
using Portal.Domain.Seeding;
using Portal.Domain.Segments;
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
        { "/console/audit", "anonymous", HttpStatusCode.Found },
        { "/console/audit", DemoAccounts.EditorEmail, HttpStatusCode.Forbidden },
        { "/console/audit?page=abc&from=nonsense&to=2026-13-45", DemoAccounts.OperatorEmail, HttpStatusCode.OK },
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
        { "/console/content", "anonymous", HttpStatusCode.Found },
        { "/console/content", DemoAccounts.OwnerEmail, HttpStatusCode.Forbidden },
        { "/console/content", DemoAccounts.EditorEmail, HttpStatusCode.Forbidden },
        { "/console/content", DemoAccounts.OperatorEmail, HttpStatusCode.OK },
        { "/console/content/board/1?days=abc", DemoAccounts.OwnerEmail, HttpStatusCode.Forbidden },
        { "/console/content/board/1?days=abc", DemoAccounts.EditorEmail, HttpStatusCode.Forbidden },
        { "/console/content/board/1?days=abc", DemoAccounts.OperatorEmail, HttpStatusCode.OK },
        { "/console/content/thread/999999999", DemoAccounts.OperatorEmail, HttpStatusCode.NotFound },
        { "/console?from=2026-02-30&to=x", DemoAccounts.OperatorEmail, HttpStatusCode.OK },
        { "/console/segments", "anonymous", HttpStatusCode.Found },
        { "/console/segments", DemoAccounts.OwnerEmail, HttpStatusCode.Forbidden },
        { "/console/segments", DemoAccounts.EditorEmail, HttpStatusCode.Forbidden },
        { "/console/segments", DemoAccounts.OperatorEmail, HttpStatusCode.OK },
        { "/console/segments/new", DemoAccounts.OwnerEmail, HttpStatusCode.Forbidden },
        { "/console/segments/new", DemoAccounts.EditorEmail, HttpStatusCode.Forbidden },
        { "/console/segments/new", DemoAccounts.OperatorEmail, HttpStatusCode.OK },
        { "/console/segments/1", DemoAccounts.OwnerEmail, HttpStatusCode.Forbidden },
        { "/console/segments/1", DemoAccounts.EditorEmail, HttpStatusCode.Forbidden },
        { "/console/segments/1", DemoAccounts.OperatorEmail, HttpStatusCode.OK },
        { "/console/segments/compare?a=1&b=2", DemoAccounts.OwnerEmail, HttpStatusCode.Forbidden },
        { "/console/segments/compare?a=1&b=2", DemoAccounts.EditorEmail, HttpStatusCode.Forbidden },
        { "/console/segments/compare?a=1&b=2", DemoAccounts.OperatorEmail, HttpStatusCode.OK },
        { "/console/segments/4/members.csv", "anonymous", HttpStatusCode.Found },
        { "/console/segments/4/members.csv", DemoAccounts.OwnerEmail, HttpStatusCode.Forbidden },
        { "/console/segments/4/members.csv", DemoAccounts.EditorEmail, HttpStatusCode.Forbidden },
        { "/console/segments/4/members.csv", DemoAccounts.OperatorEmail, HttpStatusCode.OK },
        { "/console/segments/999/members.csv", DemoAccounts.OperatorEmail, HttpStatusCode.NotFound },
        { "/console/announcements", "anonymous", HttpStatusCode.Found },
        { "/console/announcements", DemoAccounts.OwnerEmail, HttpStatusCode.Forbidden },
        { "/console/announcements", DemoAccounts.EditorEmail, HttpStatusCode.Forbidden },
        { "/console/announcements", DemoAccounts.OperatorEmail, HttpStatusCode.OK },
        { "/console/announcements/new", DemoAccounts.OwnerEmail, HttpStatusCode.Forbidden },
        { "/console/announcements/new", DemoAccounts.EditorEmail, HttpStatusCode.Forbidden },
        { "/console/announcements/new", DemoAccounts.OperatorEmail, HttpStatusCode.OK },
        { "/console/announcements/1", DemoAccounts.OwnerEmail, HttpStatusCode.Forbidden },
        { "/console/announcements/1", DemoAccounts.EditorEmail, HttpStatusCode.Forbidden },
        { "/console/announcements/1", DemoAccounts.OperatorEmail, HttpStatusCode.OK },
        { "/console/announcements/1/edit", DemoAccounts.OwnerEmail, HttpStatusCode.Forbidden },
        { "/console/announcements/1/edit", DemoAccounts.EditorEmail, HttpStatusCode.Forbidden },
        { "/console/announcements/1/edit", DemoAccounts.OperatorEmail, HttpStatusCode.OK },
        { "/messages/1", "anonymous", HttpStatusCode.Found },
        { "/messages/1", DemoAccounts.OwnerEmail, HttpStatusCode.OK },
        { "/console/journeys", "anonymous", HttpStatusCode.Found },
        { "/console/journeys", DemoAccounts.OwnerEmail, HttpStatusCode.Forbidden },
        { "/console/journeys", DemoAccounts.EditorEmail, HttpStatusCode.Forbidden },
        { "/console/journeys", DemoAccounts.OperatorEmail, HttpStatusCode.OK },
        { "/console/journeys/new", DemoAccounts.OwnerEmail, HttpStatusCode.Forbidden },
        { "/console/journeys/new", DemoAccounts.EditorEmail, HttpStatusCode.Forbidden },
        { "/console/journeys/new", DemoAccounts.OperatorEmail, HttpStatusCode.OK },
        { "/console/journeys/1", DemoAccounts.OwnerEmail, HttpStatusCode.Forbidden },
        { "/console/journeys/1", DemoAccounts.EditorEmail, HttpStatusCode.Forbidden },
        { "/console/journeys/1", DemoAccounts.OperatorEmail, HttpStatusCode.OK },
        { "/console/journeys/1/edit", DemoAccounts.OwnerEmail, HttpStatusCode.Forbidden },
        { "/console/journeys/1/edit", DemoAccounts.EditorEmail, HttpStatusCode.Forbidden },
        { "/console/journeys/1/edit", DemoAccounts.OperatorEmail, HttpStatusCode.OK },
        { "/console/journeys/999999", DemoAccounts.OperatorEmail, HttpStatusCode.NotFound },
        { "/console/exports/journey-entrants.csv?id=1", DemoAccounts.OwnerEmail, HttpStatusCode.Forbidden },
        { "/console/exports/journey-entrants.csv?id=1", DemoAccounts.EditorEmail, HttpStatusCode.Forbidden },
        { "/console/exports/journey-entrants.csv?id=1", DemoAccounts.OperatorEmail, HttpStatusCode.OK },
        { "/console/exports/journey-actions.csv?id=abc", DemoAccounts.OperatorEmail, HttpStatusCode.NotFound },
        { "/console/verification", "anonymous", HttpStatusCode.Found },
        { "/console/verification", DemoAccounts.OwnerEmail, HttpStatusCode.Forbidden },
        { "/console/verification", DemoAccounts.EditorEmail, HttpStatusCode.Forbidden },
        { "/console/verification?model=2&city=x&page=abc", DemoAccounts.OperatorEmail, HttpStatusCode.OK },
        { "/console/members?verified=yes&role=Editor&from=2020-01-01&page=99999999999", DemoAccounts.OperatorEmail, HttpStatusCode.OK },
        { "/console/members.csv", "anonymous", HttpStatusCode.Found },
        { "/console/members.csv", DemoAccounts.OwnerEmail, HttpStatusCode.Forbidden },
        { "/console/members.csv", DemoAccounts.EditorEmail, HttpStatusCode.Forbidden },
        { "/console/members.csv?role=Operator", DemoAccounts.OperatorEmail, HttpStatusCode.OK },
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

    /// <summary>Every registered report's CSV: owners and editors are refused, operators get UTF-8 CSV with a BOM, and each download is audited.</summary>
    /// <summary>The <c>id</c> an export is asked with: an item id (thread, board, article 1), or what the report reads it as.</summary>
    private static readonly Dictionary<string, string> ExampleIds = new(StringComparer.Ordinal)
    {
        [LifecycleTables.Breakdown] = SegmentDimensions.Region,
        [LifecycleTables.Weeks] = "verified:yes",
        [LifecycleTables.Cohorts] = "verified:yes",
        [SegmentComparison.Report] = "1,2",
    };

    [Theory]
    [InlineData(DemoAccounts.OwnerEmail, HttpStatusCode.Forbidden)]
    [InlineData(DemoAccounts.EditorEmail, HttpStatusCode.Forbidden)]
    [InlineData(DemoAccounts.OperatorEmail, HttpStatusCode.OK)]
    public async Task Every_export_is_for_operators_only_and_audited(string who, HttpStatusCode expected)
    {
        var client = factory.CreateFormClient();
        Assert.Equal(HttpStatusCode.Found, (await client.SignInAsync(who, DemoAccounts.Password)).StatusCode);
        var reports = factory.Services.GetRequiredService<ReportRegistry>().Names.Order(StringComparer.Ordinal).ToList();
        Assert.Contains(OverviewReports.Activity, reports);
        Assert.Contains(ContentReports.Thread, reports);

        foreach (var report in reports)
        {
            var before = await ExportAuditsAsync(report);
            using var response = await client.Http.GetAsync($"/console/exports/{report}.csv?days=7&id={Uri.EscapeDataString(ExampleIds.GetValueOrDefault(report, "1"))}");

            Assert.True(expected == response.StatusCode, $"{report}: {response.StatusCode}");
            if (expected == HttpStatusCode.OK)
            {
                Assert.Equal("text/csv", response.Content.Headers.ContentType!.MediaType);
                Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, (await response.Content.ReadAsByteArrayAsync())[..3]);
                Assert.StartsWith($"{report}-", response.Content.Headers.ContentDisposition!.FileName?.Trim('"'), StringComparison.Ordinal);
                Assert.Equal(before + 1, await ExportAuditsAsync(report));
            }
            else
            {
                Assert.Equal(before, await ExportAuditsAsync(report));
            }
        }
    }

    [Fact]
    public async Task An_unknown_report_is_not_found()
    {
        var client = factory.CreateFormClient();
        await client.SignInAsync(DemoAccounts.OperatorEmail, DemoAccounts.Password);

        using var unknown = await client.Http.GetAsync("/console/exports/members-emails.csv");
        using var noItem = await client.Http.GetAsync("/console/exports/content-thread.csv?id=999999999");

        Assert.Equal((HttpStatusCode.NotFound, HttpStatusCode.NotFound), (unknown.StatusCode, noItem.StatusCode));
    }

    private async Task<int> ExportAuditsAsync(string report)
    {
        await using var db = await factory.Services.GetRequiredService<IDbContextFactory<PortalDbContext>>().CreateDbContextAsync();
        return await db.AuditEntries.CountAsync(a => a.Action == AuditActions.ConsoleExported && a.TargetId == report);
    }
}
