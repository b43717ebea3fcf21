using System.Net;
using System.Text.RegularExpressions;
using Portal.Domain.Seeding;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Integration;

/// <summary>Search, the reports queue, the Studio hub and notifications on the whole app with the demo community.</summary>
public sealed partial class ForumToolsPagesTests : IClassFixture<PortalAppFactory>
{
    private readonly PortalAppFactory factory;

    public ForumToolsPagesTests(PortalAppFactory factory) => this.factory = factory;

    public static TheoryData<string, string, HttpStatusCode> Gates => new()
    {
        { "/forums/search", "anonymous", HttpStatusCode.OK },
        { "/studio/moderation", "anonymous", HttpStatusCode.Found },
        { "/studio/moderation", DemoAccounts.OwnerEmail, HttpStatusCode.Forbidden },
        { "/studio/moderation", DemoAccounts.EditorEmail, HttpStatusCode.OK },
        { "/studio/moderation", DemoAccounts.OperatorEmail, HttpStatusCode.OK },
        { "/studio/moderation/resolved", "anonymous", HttpStatusCode.Found },
        { "/studio/moderation/resolved", DemoAccounts.OwnerEmail, HttpStatusCode.Forbidden },
        { "/studio/moderation/resolved?action=silence&page=2147483648", DemoAccounts.EditorEmail, HttpStatusCode.OK },
        { "/studio/moderation/resolved?action=x", DemoAccounts.OperatorEmail, HttpStatusCode.OK },
        { "/notifications", "anonymous", HttpStatusCode.Found },
        { "/notifications", DemoAccounts.OwnerEmail, HttpStatusCode.OK },
    };

    [Theory]
    [MemberData(nameof(Gates))]
    public async Task Page_answers_with_the_expected_status(string path, string who, HttpStatusCode expected)
    {
        var client = await ClientAsync(who);

        using var response = await client.Http.GetAsync(path);

        Assert.Equal(expected, response.StatusCode);
        if (expected == HttpStatusCode.Found)
        {
            Assert.StartsWith("http://localhost/Account/Login?ReturnUrl=", response.Headers.Location!.ToString(), StringComparison.OrdinalIgnoreCase);
        }
    }

    [Theory]
    [InlineData("续航")]
    [InlineData("charging")]
    public async Task Search_results_are_in_the_prerendered_html_with_the_words_marked(string query)
    {
        var html = await factory.CreateClient().GetStringAsync($"/forums/search?q={Uri.EscapeDataString(query)}");

        Assert.True(Count(html, "data-testid=\"search-hit\"") > 0, $"No hits for {query}.");
        Assert.Contains($"<mark>{query}", html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("href=\"/forums/t/", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_editor_sees_every_open_demo_report_in_the_queue_and_counted_in_the_studio()
    {
        var client = await ClientAsync(DemoAccounts.EditorEmail);

        var queue = await client.Http.GetStringAsync("/studio/moderation");
        var studio = await client.Http.GetStringAsync("/studio");

        Assert.Equal(ForumsSeedStep.OpenReports, Count(queue, "data-testid=\"report-entry\""));
        Assert.Contains($"{ForumsSeedStep.OpenReports} open reports", studio, StringComparison.Ordinal);
        Assert.Contains("href=\"/studio/moderation\"", studio, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_demo_has_resolved_reports_and_a_repeat_offender_at_the_head_of_the_queue()
    {
        var client = await ClientAsync(DemoAccounts.EditorEmail);

        var queue = await client.Http.GetStringAsync("/studio/moderation");
        var resolved = await client.Http.GetStringAsync("/studio/moderation/resolved");

        var first = queue[queue.IndexOf("data-testid=\"author-reports\"", StringComparison.Ordinal)..];
        Assert.Contains("earlier reports:", first[..first.IndexOf("</li>", StringComparison.Ordinal)], StringComparison.Ordinal);
        Assert.Contains("Silenced once before", queue, StringComparison.Ordinal);
        Assert.True(Count(resolved, "data-testid=\"resolved-decision\"") >= 6);
        Assert.Contains("Spam or advertising", resolved, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_demo_owner_has_unread_notifications_linking_into_the_forums()
    {
        var client = await ClientAsync(DemoAccounts.OwnerEmail);

        var html = await client.Http.GetStringAsync("/notifications");

        Assert.True(Count(html, "data-testid=\"notification\"") > 0);
        Assert.Matches(UnreadPattern(), html);
        Assert.Contains("href=\"/forums/t/", html, StringComparison.Ordinal);
    }

    private async Task<FormClient> ClientAsync(string who)
    {
        var client = factory.CreateFormClient();
        if (who != "anonymous")
        {
            Assert.Equal(HttpStatusCode.Found, (await client.SignInAsync(who, DemoAccounts.Password)).StatusCode);
        }

        return client;
    }

    private static int Count(string html, string needle) => Regex.Count(html, Regex.Escape(needle));

    [GeneratedRegex(@"\d+ unread")]
    private static partial Regex UnreadPattern();
}
