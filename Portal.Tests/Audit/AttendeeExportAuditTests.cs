using Microsoft.EntityFrameworkCore;
using Portal.Domain.Accounts;
using Portal.Domain.Engagement.Reports;
using Portal.Domain.Events;
using Portal.Tests.Events;

namespace Portal.Tests.Audit;

/// <summary>Downloading an event's attendee list or waitlist (members' names, cities, codes, answers) is audited like every export.</summary>
public sealed class AttendeeExportAuditTests : IAsyncLifetime
{
    private static readonly string[] Headers = ["Name", "City", "Guests", "Status", "Position", "Code", "Signed up", "Checked in"];

    private EventWorld world = null!;

    public async Task InitializeAsync() => world = await EventWorld.CreateAsync();

    public async Task DisposeAsync() => await world.DisposeAsync();

    [Fact]
    public async Task Each_download_writes_one_entry_naming_the_list_and_the_event()
    {
        var eventId = await world.PublishedAsync();
        await world.SignUpAsync((await world.MembersAsync(1))[0], eventId);
        var attendees = world.Database.Get<EventAttendees>();

        Assert.True((await attendees.ExportCsvAsync(world.EditorId, eventId, waitlist: false, Headers)).Succeeded);
        Assert.True((await attendees.ExportCsvAsync(world.EditorId, eventId, waitlist: true, Headers)).Succeeded);

        await using var db = world.Database.CreateDbContext();
        var entries = await db.AuditEntries.Where(a => a.Action == AuditActions.ConsoleExported).OrderBy(a => a.Id).ToListAsync();
        Assert.Equal(
            [(world.EditorId, ReportExports.AuditTargetType, EventAttendees.AttendeesExport, eventId.ToString(System.Globalization.CultureInfo.InvariantCulture)),
             (world.EditorId, ReportExports.AuditTargetType, EventAttendees.WaitlistExport, eventId.ToString(System.Globalization.CultureInfo.InvariantCulture))],
            entries.Select(a => (a.ActorId, a.TargetType, a.TargetId, a.Detail)));
    }

    [Fact]
    public async Task A_refused_download_writes_nothing()
    {
        var eventId = await world.PublishedAsync();
        var owner = (await world.MembersAsync(1))[0];

        Assert.False((await world.Database.Get<EventAttendees>().ExportCsvAsync(owner, eventId, waitlist: false, Headers)).Succeeded);

        await using var db = world.Database.CreateDbContext();
        Assert.False(await db.AuditEntries.AnyAsync(a => a.Action == AuditActions.ConsoleExported));
    }
}
