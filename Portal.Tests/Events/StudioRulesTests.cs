using Microsoft.EntityFrameworkCore;
using Portal.Domain.Accounts;
using Portal.Domain.Events;

namespace Portal.Tests.Events;

/// <summary>
/// The Studio's rules on a real database with a fake clock: no new event and no publication with a start in the past
/// (an already published past event can still be corrected), back to draft only while nobody is signed up, and every
/// publication, unpublication, cancellation, edit and message in the audit log.
/// </summary>
public sealed class StudioRulesTests : IAsyncLifetime
{
    private EventWorld world = default!;

    public async Task InitializeAsync() => world = await EventWorld.CreateAsync();

    public async Task DisposeAsync() => await world.DisposeAsync();

    [Fact]
    public async Task A_start_in_the_past_is_refused_for_a_new_event_and_when_publishing_but_a_published_past_event_can_be_corrected()
    {
        var past = world.Draft(startsIn: TimeSpan.FromHours(-1));
        var refused = await world.Studio.CreateAsync(world.EditorId, past);
        Assert.Equal((EventProblems.StartInPast, nameof(EventDraft.StartsLocal)), (Assert.Single(refused.Problems).Code, refused.Problems[0].Field));

        var draft = world.Draft(startsIn: TimeSpan.FromHours(2));
        var late = (await world.Studio.CreateAsync(world.EditorId, draft)).Value;
        var published = await world.PublishedAsync(world.Draft(startsIn: TimeSpan.FromHours(2)));
        world.Database.Clock.Advance(TimeSpan.FromHours(3));

        Assert.Equal(EventProblems.StartInPast, Assert.Single((await world.Studio.PublishAsync(world.EditorId, late)).Problems).Code);
        var typo = world.Draft(startsIn: TimeSpan.FromHours(-1));
        typo.Title = "Owners' meet-up at the West Bund, fixed";
        typo.StartsLocal = (await world.StudioReader.GetDraftAsync(published))!.StartsLocal;
        typo.EndsLocal = typo.StartsLocal.AddHours(2);
        Assert.True((await world.Studio.UpdateAsync(world.EditorId, published, typo)).Succeeded);

        var entries = await EntriesAsync();
        Assert.Equal(EventStatus.Draft, await StatusAsync(late));
        Assert.DoesNotContain(entries, e => e.TargetId == Id(late));
        Assert.Contains(entries, e => (e.Action, e.TargetId, e.Detail) == (AuditActions.EventEdited, Id(published), EventChanges.Title));
    }

    [Fact]
    public async Task An_event_goes_back_to_draft_only_while_nobody_is_signed_up_and_each_step_is_audited()
    {
        var eventId = await world.PublishedAsync();
        var member = (await world.MembersAsync(1))[0];
        await world.SignUpAsync(member, eventId);

        Assert.Equal(EventProblems.HasSignups, Assert.Single((await world.Studio.UnpublishAsync(world.EditorId, eventId)).Problems).Code);
        Assert.Equal(EventProblems.Forbidden, Assert.Single((await world.Studio.UnpublishAsync(member, eventId)).Problems).Code);
        Assert.Equal(EventStatus.Published, await StatusAsync(eventId));

        Assert.True((await world.Signups.CancelAsync(member, eventId)).Succeeded);
        Assert.True((await world.Studio.UnpublishAsync(world.EditorId, eventId)).Succeeded);
        Assert.Equal(EventStatus.Draft, await StatusAsync(eventId));
        Assert.True((await world.Studio.PublishAsync(world.EditorId, eventId)).Succeeded);
        await world.SignUpAsync(member, eventId);
        Assert.Equal(1, (await world.Studio.MessageAttendeesAsync(world.EditorId, eventId, "See you there")).Value);
        Assert.True((await world.Studio.CancelAsync(world.EditorId, eventId)).Succeeded);
        Assert.Equal(EventProblems.AlreadyCancelled, Assert.Single((await world.Studio.UnpublishAsync(world.EditorId, eventId)).Problems).Code);

        var entries = await EntriesAsync();
        Assert.All(entries, e => Assert.Equal((world.EditorId, "event", Id(eventId)), (e.ActorId, e.TargetType, e.TargetId)));
        Assert.Equal(
            [AuditActions.EventPublished, AuditActions.EventUnpublished, AuditActions.EventPublished, AuditActions.EventMessaged, AuditActions.EventCancelled],
            entries.Select(e => e.Action));
        Assert.Equal("1", entries.Single(e => e.Action == AuditActions.EventMessaged).Detail);
    }

    private static string Id(int eventId) => eventId.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private async Task<EventStatus> StatusAsync(int eventId)
    {
        await using var db = world.Database.CreateDbContext();
        return await db.Events.Where(e => e.Id == eventId).Select(e => e.Status).SingleAsync();
    }

    private async Task<List<AuditEntry>> EntriesAsync()
    {
        await using var db = world.Database.CreateDbContext();
        return await db.AuditEntries.OrderBy(e => e.Id).ToListAsync();
    }
}
