using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;
using Portal.Domain.MemberMail;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.MemberMail;

/// <summary>A test database with members set up for notification email (confirmed address, language, time zone, city) and the pickup folder read back.</summary>
internal sealed class MailWorld : IAsyncDisposable
{
    private int members;

    private MailWorld(TestDatabase database) => Database = database;

    public TestDatabase Database { get; }

    public MailPreferences Preferences => Database.Get<MailPreferences>();

    public static async Task<MailWorld> CreateAsync(Action<IServiceCollection>? configure = null) => new(await TestDatabase.CreateAsync(configure));

    /// <summary>A member who joined a month ago; by default with a confirmed address, reading English, in Shanghai.</summary>
    public async Task<string> MemberAsync(bool confirmed = true, string? culture = null, string timeZone = "Asia/Shanghai", string? city = null, string? name = null)
    {
        var id = await Database.CreateMemberAsync(name ?? $"Owner {Interlocked.Increment(ref members)}");
        await using var db = Database.CreateDbContext();
        await db.Users.Where(u => u.Id == id).ExecuteUpdateAsync(s => s
            .SetProperty(u => u.EmailConfirmed, confirmed)
            .SetProperty(u => u.PreferredCulture, culture)
            .SetProperty(u => u.TimeZoneId, timeZone)
            .SetProperty(u => u.City, city)
            .SetProperty(u => u.JoinedAt, Database.Clock.GetUtcNow().AddDays(-30)));
        return id;
    }

    public async Task<List<MemberEmail>> OutboxAsync()
    {
        await using var db = Database.CreateDbContext();
        return await db.MemberEmails.AsNoTracking().OrderBy(e => e.Id).ToListAsync();
    }

    /// <summary>Every email in this world's pickup folder, oldest first.</summary>
    public Task<List<MimeMessage>> PickupAsync() => PickupAsync(Database);

    /// <summary>Every email in a test database's pickup folder, oldest first.</summary>
    public static async Task<List<MimeMessage>> PickupAsync(TestDatabase database)
    {
        ArgumentNullException.ThrowIfNull(database);
        var folder = database.Paths.MailPickup;
        var files = Directory.Exists(folder) ? Directory.GetFiles(folder, "*.eml").Order(StringComparer.Ordinal).ToList() : [];
        var messages = new List<MimeMessage>();
        foreach (var file in files)
        {
            messages.Add(await MimeMessage.LoadAsync(file));
        }

        return messages;
    }

    public ValueTask DisposeAsync() => Database.DisposeAsync();
}
