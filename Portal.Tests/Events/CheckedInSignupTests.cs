using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using Portal.Domain.Events;
using Portal.Events;
using Portal.Hosting;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Events;

/// <summary>The member's own place on the event page: once checked in it offers no cancel button and says why.</summary>
public sealed class CheckedInSignupTests : PortalComponentTest
{
    private EventWorld world = null!;

    protected override async Task InitializeTestAsync()
    {
        world = await EventWorld.CreateAsync();
        Services.AddSingleton(world.Database.Get<EventPeople>());
        Services.AddHttpContextAccessor();
        Services.AddScoped<PublicUrls>(); // the door code's QR link of the place not checked in yet
        UseViewerPreferences();
    }

    protected override Task DisposeTestAsync() => world.DisposeAsync().AsTask();

    [Fact]
    public async Task A_checked_in_place_offers_no_cancel_and_says_why_while_one_not_checked_in_does()
    {
        var eventId = await world.PublishedAsync(world.Draft(maxGuests: 2));
        var members = await world.MembersAsync(2);
        var present = await world.SignUpAsync(members[0], eventId, guests: 1);
        var absent = await world.SignUpAsync(members[1], eventId);
        await world.AtTheDoorAsync(eventId);
        Assert.True((await world.Database.Get<EventCheckIn>().CheckInAsync(world.OperatorId, eventId, present.SignupId)).Succeeded);
        var detail = (await world.Reader.GetAsync(eventId, includeDrafts: false))!;
        var mine = (await world.Signups.GetAsync(members[0], eventId))!;

        await SignInMemberAsync(members[0], "Owner 0");
        SetRendererInfo(new RendererInfo("Server", isInteractive: true));
        var checkedIn = Render<MySignup>(p => p.Add(c => c.Signup, mine).Add(c => c.Detail, detail).Add(c => c.CanChange, true));
        var waiting = Render<MySignup>(p => p.Add(c => c.Signup, absent).Add(c => c.Detail, detail).Add(c => c.CanChange, true));

        Assert.Empty(checkedIn.FindAll("[data-testid=cancel-signup]"));
        Assert.Contains("can no longer be cancelled or given fewer guests", checkedIn.Find("[data-testid=my-checked-in]").TextContent, StringComparison.Ordinal);
        Assert.NotEmpty(checkedIn.FindAll("[data-testid=change-guests]")); // one more guest is still possible
        Assert.Single(waiting.FindAll("[data-testid=cancel-signup]"));
        Assert.Empty(waiting.FindAll("[data-testid=my-checked-in]"));
    }
}
