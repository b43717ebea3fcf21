using System.Net;
using System.Text.Json;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Data;

/// <summary>
/// A database Portal cannot write (read-only file, full disk) is an outage with a reason, not a crash loop: the app
/// starts and serves reads, /healthz is red and says why, a write answers a clear 503 page and loses nothing.
/// </summary>
public sealed class StorageFaultTests
{
    [Fact]
    public async Task A_read_only_database_starts_serves_reads_shows_a_clear_page_on_writes_and_turns_healthz_red()
    {
        await using var factory = new PortalAppFactory();
        var database = Path.Combine(factory.DataDirectory, "portal.db");
        factory.Set("Portal:ConnectionString", $"Data Source={database};Mode=ReadOnly");
        var client = factory.CreateClient(new() { AllowAutoRedirect = false });

        using (var home = await client.GetAsync("/forums"))
        {
            Assert.Equal(HttpStatusCode.OK, home.StatusCode);
        }

        using (var health = await client.GetAsync("/healthz"))
        {
            Assert.Equal(HttpStatusCode.ServiceUnavailable, health.StatusCode);
            using var json = JsonDocument.Parse(await health.Content.ReadAsStringAsync());
            var storage = json.RootElement.GetProperty("checks").GetProperty("storage");
            Assert.Equal("Unhealthy", storage.GetProperty("status").GetString());
            Assert.Contains("read-only", storage.GetProperty("error").GetString(), StringComparison.Ordinal);
        }

        var members = await CountMembersAsync(database);
        var forms = new FormClient(client);
        using var register = await forms.PostFormAsync("/Account/Register", "register", new Dictionary<string, string>
        {
            ["Input.DisplayName"] = "Read Only",
            ["Input.Email"] = "read-only@example.com",
            ["Input.Password"] = "Lantern-Orchard-42",
            ["Input.ConfirmPassword"] = "Lantern-Orchard-42",
        });

        Assert.Equal(HttpStatusCode.ServiceUnavailable, register.StatusCode);
        Assert.Equal("60", register.Headers.RetryAfter?.ToString());
        var page = await register.Content.ReadAsStringAsync();
        Assert.Contains("Can&#x27;t save right now", page, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"request-id\"", page, StringComparison.Ordinal);
        Assert.Equal(members, await CountMembersAsync(database));
    }

    [Fact]
    public async Task The_same_database_made_writable_again_is_healthy_and_takes_writes()
    {
        await using var factory = new PortalAppFactory();
        var client = factory.CreateClient(new() { AllowAutoRedirect = false });

        using (var health = await client.GetAsync("/healthz"))
        {
            Assert.Equal(HttpStatusCode.OK, health.StatusCode);
            using var json = JsonDocument.Parse(await health.Content.ReadAsStringAsync());
            Assert.Equal("Healthy", json.RootElement.GetProperty("checks").GetProperty("storage").GetProperty("status").GetString());
        }

        await new FormClient(client).RegisterAsync("writable@example.com", "Lantern-Orchard-42");
        Assert.Equal(1, await SqliteFile.CountAsync(Path.Combine(factory.DataDirectory, "portal.db"), "SELECT COUNT(*) FROM AspNetUsers WHERE Email = 'writable@example.com'"));
    }

    [Fact]
    public async Task Too_little_free_disk_space_turns_healthz_red_with_the_numbers()
    {
        await using var factory = PortalAppFactory.With(new Dictionary<string, string?> { ["Portal:MinFreeDiskMegabytes"] = "1000000" });
        using var health = await factory.CreateClient().GetAsync("/healthz");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, health.StatusCode);
        using var json = JsonDocument.Parse(await health.Content.ReadAsStringAsync());
        var error = json.RootElement.GetProperty("checks").GetProperty("storage").GetProperty("error").GetString();
        Assert.Contains("MB free", error, StringComparison.Ordinal);
        Assert.Contains("1000000", error, StringComparison.Ordinal);
    }

    private static Task<long> CountMembersAsync(string database) => SqliteFile.CountAsync(database, "SELECT COUNT(*) FROM AspNetUsers");
}
