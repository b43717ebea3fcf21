using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;
using Portal.Domain.Data;
using Portal.Domain.Events;
using Portal.Domain.Seeding;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Integration;

/// <summary>
/// Absolute links start with <c>Portal:PublicBaseUrl</c> whatever Host the request names: even with host filtering
/// turned off (AllowedHosts "*"), a forged Host never reaches an email or a calendar file.
/// </summary>
public sealed partial class PublicLinkTests : IAsyncDisposable
{
    private const string PublicBase = "https://owners.example/community";
    private const string Forged = "http://evil.example";

    private readonly PortalAppFactory factory = PortalAppFactory.With(new Dictionary<string, string?>
    {
        [PortalAppFactory.PublicBaseUrlKey] = PublicBase,
        ["AllowedHosts"] = "*",
    });

    public ValueTask DisposeAsync() => factory.DisposeAsync();

    [Fact]
    public async Task A_password_reset_requested_under_a_forged_host_links_to_the_public_base_url()
    {
        var client = factory.CreateFormClient();
        var before = Mails();

        using var response = await client.PostFormAsync($"{Forged}/Account/ForgotPassword", "forgot-password", new Dictionary<string, string>
        {
            ["Input.Email"] = DemoAccounts.OwnerEmail,
        });

        Assert.Equal(HttpStatusCode.Found, response.StatusCode);
        var links = AssertOnlyPublicLinks(Assert.Single(Mails().Except(before)));
        Assert.Contains(links, l => l.StartsWith($"{PublicBase}/Account/ResetPassword?code=", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_registration_under_a_forged_host_sends_a_confirmation_link_to_the_public_base_url()
    {
        var client = factory.CreateFormClient();
        var before = Mails();

        using var response = await client.PostFormAsync($"{Forged}/Account/Register", "register", new Dictionary<string, string>
        {
            ["Input.DisplayName"] = "Forged Host",
            ["Input.Email"] = "forged.host@example.test",
            ["Input.Password"] = "a long enough sentence here",
            ["Input.ConfirmPassword"] = "a long enough sentence here",
        });

        Assert.Equal(HttpStatusCode.Found, response.StatusCode);
        var links = AssertOnlyPublicLinks(Assert.Single(Mails().Except(before)));
        Assert.Contains(links, l => l.StartsWith($"{PublicBase}/Account/ConfirmEmail?userId=", StringComparison.Ordinal));
    }

    [Fact]
    public async Task An_event_calendar_file_fetched_under_a_forged_host_links_to_the_public_base_url()
    {
        OwnerEvent published;
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            published = await scope.ServiceProvider.GetRequiredService<PortalDbContext>().Events.AsNoTracking()
                .Where(e => e.Status == EventStatus.Published).OrderBy(e => e.Id).FirstAsync();
        }

        var ics = await factory.CreateClient().GetStringAsync($"{Forged}{EventUrls.Calendar(published.Id)}");

        var calendar = Ical.Net.Calendar.Load(ics)!;
        Assert.Contains($"{PublicBase}{published.Url}", Assert.Single(calendar.Events).Description, StringComparison.Ordinal);
        Assert.DoesNotContain("evil.example", ics, StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>Every link in the message starts with the public base; the forged host is nowhere in it. Returns the links.</summary>
    private static List<string> AssertOnlyPublicLinks(string emlPath)
    {
        var raw = File.ReadAllText(emlPath);
        using var message = MimeMessage.Load(emlPath);
        var html = message.HtmlBody ?? "";
        var links = HrefPattern().Matches(html).Select(m => WebUtility.HtmlDecode(m.Groups[1].Value))
            .Concat(UrlPattern().Matches(WebUtility.HtmlDecode(html)).Select(m => m.Value))
            .ToList();
        Assert.NotEmpty(links);
        Assert.All(links, link => Assert.StartsWith($"{PublicBase}/", link, StringComparison.Ordinal));
        Assert.DoesNotContain("evil.example", raw, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("evil.example", html, StringComparison.OrdinalIgnoreCase);
        return links;
    }

    private string[] Mails()
    {
        var folder = Path.Combine(factory.DataDirectory, "mail");
        return Directory.Exists(folder) ? Directory.GetFiles(folder, "*.eml") : [];
    }

    [GeneratedRegex("href=\"([^\"]*)\"")]
    private static partial Regex HrefPattern();

    [GeneratedRegex("https?://[^\\s\"<>]+")]
    private static partial Regex UrlPattern();
}
