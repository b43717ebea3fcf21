using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Portal.Domain.Data.Backups;
using Portal.Domain.Seeding;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Data;

/// <summary>Online backups while members write, restored into a fresh app; the schedule and its retention on a fake clock.</summary>
public sealed class BackupTests
{
    [Fact]
    public async Task A_backup_taken_while_members_register_restores_into_a_working_community()
    {
        await using var factory = new PortalAppFactory();
        var client = factory.CreateClient(new() { AllowAutoRedirect = false });
        var target = Path.Combine(factory.DataDirectory, "manual", "portal-copy.db");

        // Writers keep going while the backup reads one consistent snapshot.
        var writers = Enumerable.Range(0, 4).Select(i => new FormClient(factory.CreateClient(new() { AllowAutoRedirect = false }))
            .RegisterAsync($"during-backup-{i}@example.com", "Lantern-Orchard-42")).ToList();
        await new FormClient(client).RegisterAsync("before-backup@example.com", "Lantern-Orchard-42");
        BackupFile backup;
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            backup = await scope.ServiceProvider.GetRequiredService<DatabaseBackups>().BackUpAsync(target);
        }

        await Task.WhenAll(writers);
        Assert.Equal(target, backup.Path);
        Assert.True(backup.Bytes > 0);
        Assert.Equal(1, await SqliteFile.CountAsync(target, "SELECT COUNT(*) FROM AspNetUsers WHERE Email = 'before-backup@example.com'"));

        // Restore: the backup becomes portal.db of a new app, which starts on it and signs the demo owner in.
        await using var restored = PortalAppFactory.FromDatabase(target);
        var restoredClient = restored.CreateClient(new() { AllowAutoRedirect = false });
        using var signIn = await new FormClient(restoredClient).SignInAsync(DemoAccounts.OwnerEmail, DemoAccounts.Password);
        Assert.Equal(HttpStatusCode.Found, signIn.StatusCode);
        Assert.Equal(
            await SqliteFile.CountAsync(target, "SELECT COUNT(*) FROM Threads"),
            await SqliteFile.CountAsync(Path.Combine(restored.DataDirectory, "portal.db"), "SELECT COUNT(*) FROM Threads"));
        Assert.Equal(1, await SqliteFile.CountAsync(Path.Combine(restored.DataDirectory, "portal.db"), "SELECT COUNT(*) FROM AspNetUsers WHERE Email = 'before-backup@example.com'"));
    }

    [Fact]
    public async Task A_backup_never_overwrites_an_existing_file()
    {
        await using var db = await TestDatabase.CreateAsync();
        var target = Path.Combine(db.Directory, "taken.db");
        await File.WriteAllTextAsync(target, "not a database");

        await Assert.ThrowsAsync<IOException>(() => db.Get<DatabaseBackups>().BackUpAsync(target));
        Assert.Equal("not a database", await File.ReadAllTextAsync(target));
    }

    [Fact]
    public async Task The_schedule_backs_up_when_the_newest_is_a_day_old_and_keeps_the_configured_number()
    {
        await using var db = await TestDatabase.CreateAsync();
        var backups = db.Get<DatabaseBackups>();
        var options = db.Get<IOptions<BackupOptions>>().Value;
        Assert.Equal(7, options.Keep);

        Assert.Equal(1, await backups.BackUpWhenDueAsync(CancellationToken.None));
        Assert.Equal(0, await backups.BackUpWhenDueAsync(CancellationToken.None));
        db.Clock.Advance(TimeSpan.FromHours(23));
        Assert.Equal(0, await backups.BackUpWhenDueAsync(CancellationToken.None));

        var names = new List<string> { Path.GetFileName(backups.List().Single()) };
        for (var day = 0; day < 8; day++)
        {
            db.Clock.Advance(TimeSpan.FromHours(25));
            Assert.Equal(1, await backups.BackUpWhenDueAsync(CancellationToken.None));
            names.Add(Path.GetFileName(backups.List()[0]));
        }

        var kept = backups.List().Select(Path.GetFileName).ToList();
        Assert.Equal(options.Keep, kept.Count);
        Assert.Equal(names.TakeLast(options.Keep).Reverse(), kept);
        Assert.All(backups.List(), path => Assert.StartsWith(backups.Folder, path, StringComparison.Ordinal));
    }
}
