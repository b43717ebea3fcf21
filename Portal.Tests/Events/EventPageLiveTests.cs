using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Domain.Accounts;
using Portal.Domain.Activity;
using Portal.Domain.Data;
using Portal.Domain.Events;
using Portal.Domain.Forums.Images;
using Portal.Events;
using Portal.Hosting;
using Portal.Tests.Forums;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Events;

/// <summary>
/// An open event page follows <c>event.seats</c> from the message itself: during a sign-up rush it costs no query per
/// sign-up, and the viewer's own place is looked up again only when it may have moved (while waiting).
/// </summary>
public sealed class EventPageLiveTests : PortalComponentTest
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(15);
    private readonly CommandCounter counter = new();
    private EventWorld world = null!;

    protected override async Task InitializeTestAsync()
    {
        world = await EventWorld.CreateAsync(services => services.ConfigureDbContext<PortalDbContext>(o => o.AddInterceptors(counter)));
        Services.AddSingleton(world.Reader);
        Services.AddSingleton(world.Signups);
        Services.AddSingleton(world.Database.Get<EventPeople>());
        Services.AddSingleton(world.Database.Get<PostImageGallery>());
        Services.AddSingleton(world.Database.Get<IActivityBus>());
        Services.AddSingleton<TimeProvider>(world.Database.Clock);
        Services.AddHttpContextAccessor();
        Services.AddScoped<PublicUrls>(); // the door code's QR link; no base configured, so the test's own address
        UseViewerPreferences();
    }

    protected override Task DisposeTestAsync() => world.DisposeAsync().AsTask();

    [Fact]
    public async Task Seats_follow_the_message_without_a_query_when_the_viewer_is_not_waiting()
    {
        var eventId = await world.PublishedAsync(world.Draft(capacity: 5, maxGuests: 0));
        var viewer = (await world.MembersAsync(1))[0];
        await world.SignUpAsync(viewer, eventId);
        var cut = await RenderAsync(viewer, eventId);
        Assert.Equal("4", cut.Find("[data-testid=seats-left-count]").TextContent.Trim());

        // Numbers the database does not hold: only the message can have put them on the page.
        counter.Reset();
        var snapshot = new SeatsSnapshot(eventId, "Owners' meet-up", "owners-meet-up", EventStatus.Published, Capacity: 8, Taken: 6, Waiting: 0);
        await world.Database.Get<EventActivity>().SeatsChangedAsync("someone-else", snapshot, signupsAdded: 1, world.Database.Clock.GetUtcNow());

        cut.WaitForAssertion(() => Assert.Equal("2", cut.Find("[data-testid=seats-left-count]").TextContent.Trim()), Patience);
        Assert.Equal(0, counter.Count);
        Assert.Equal("confirmed", cut.Find("[data-testid=my-status]").GetAttribute("data-status"));
    }

    [Fact]
    public async Task A_waiting_viewer_sees_their_promotion_when_a_seat_frees_up()
    {
        var eventId = await world.PublishedAsync(world.Draft(capacity: 1, maxGuests: 0));
        var members = await world.MembersAsync(2);
        var (first, viewer) = (members[0], members[1]);
        await world.SignUpAsync(first, eventId);
        await world.SignUpAsync(viewer, eventId);
        var cut = await RenderAsync(viewer, eventId);
        Assert.Equal("waitlisted", cut.Find("[data-testid=my-status]").GetAttribute("data-status"));

        Assert.True((await world.Signups.CancelAsync(first, eventId)).Succeeded);

        cut.WaitForAssertion(() => Assert.Equal("confirmed", cut.Find("[data-testid=my-status]").GetAttribute("data-status")), Patience);
        Assert.Equal("0", cut.Find("[data-testid=seats-left-count]").TextContent.Trim());
    }

    [Fact]
    public async Task A_cancelled_event_is_reloaded_since_the_message_cannot_say_what_changed()
    {
        var eventId = await world.PublishedAsync(world.Draft(capacity: 5));
        var viewer = (await world.MembersAsync(1))[0];
        var cut = await RenderAsync(viewer, eventId);

        Assert.True((await world.Studio.CancelAsync(world.EditorId, eventId)).Succeeded);

        await using var db = world.Database.CreateDbContext();
        Assert.Equal(EventStatus.Cancelled, (await db.Events.SingleAsync(e => e.Id == eventId)).Status);
        cut.WaitForAssertion(() => Assert.Empty(cut.FindAll("[data-testid=signup]")), Patience);
    }

    private async Task<IRenderedComponent<EventPage>> RenderAsync(string memberId, int eventId)
    {
        await SignInMemberAsync(memberId, "viewer@tests.portal.test", Roles.Owner);
        SetRendererInfo(new RendererInfo("Server", isInteractive: true));
        var cut = Render<EventPage>(p => p.Add(c => c.Id, eventId));
        cut.WaitForAssertion(() => Assert.NotEmpty(cut.FindAll("[data-testid=my-status], [data-testid=signup]")), Patience);
        return cut;
    }
}
