using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Domain.Accounts;
using Portal.Domain.Activity;
using Portal.Domain.Events;
using Portal.Domain.Forums.Images;
using Portal.Events;
using Portal.Hosting;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Events;

/// <summary>
/// A past event's page, rendered on a real database: when it took place and how many came instead of a sign-up box, who
/// came (a hidden name as "a member"), and the photos posted in its discussion.
/// </summary>
public sealed class PastEventPageTests : PortalComponentTest
{
    private EventWorld world = null!;

    protected override async Task InitializeTestAsync()
    {
        world = await EventWorld.CreateAsync();
        Services.AddSingleton(world.Reader);
        Services.AddSingleton(world.Signups);
        Services.AddSingleton(world.Database.Get<EventPeople>());
        Services.AddSingleton(world.Database.Get<PostImageGallery>());
        Services.AddSingleton(world.Database.Get<IActivityBus>());
        Services.AddSingleton<TimeProvider>(world.Database.Clock);
        Services.AddHttpContextAccessor();
        Services.AddScoped<PublicUrls>();
        UseViewerPreferences();
    }

    protected override Task DisposeTestAsync() => world.DisposeAsync().AsTask();

    [Fact]
    public async Task A_past_event_says_when_it_took_place_and_how_many_came_with_who_came_and_the_photos_of_its_discussion()
    {
        var eventId = await world.PublishedAsync();
        var members = await world.MembersAsync(3);
        await world.SignUpAsync(members[0], eventId, guests: 1);
        Assert.True((await world.Signups.SignUpAsync(members[1], eventId, new SignupRequest(0, HideName: true))).Succeeded);
        await world.SignUpAsync(members[2], eventId);
        await using (var db = world.Database.CreateDbContext())
        {
            var ev = await db.Events.SingleAsync(e => e.Id == eventId);
            await db.EventSignups.Where(s => s.EventId == eventId && s.MemberId != members[2]).ExecuteUpdateAsync(s => s.SetProperty(x => x.CheckedInAt, ev.StartsAt));
            var opening = await db.Posts.SingleAsync(p => p.ThreadId == ev.ThreadId && p.Number == 1);
            db.PostImages.Add(new PostImage { UploaderId = world.EditorId, FileName = "abc.webp", Width = 1600, Height = 1200, PostId = opening.Id, Alt = "Cars lined up at the West Bund", UploadedAt = ev.EndsAt });
            await db.SaveChangesAsync();
            world.Database.Clock.SetUtcNow(ev.EndsAt.AddDays(2));
        }

        await SignInMemberAsync(members[2], "viewer@tests.portal.test", Roles.Owner);
        SetRendererInfo(new RendererInfo("Server", isInteractive: true));
        var cut = Render<EventPage>(p => p.Add(c => c.Id, eventId));

        cut.WaitForAssertion(() => Assert.Single(cut.FindAll("[data-testid=past-event]")));
        Assert.Matches(@"^Took place on .+ 2026\. 3 people attended\.$", cut.Find("[data-testid=past-summary]").TextContent.Trim());
        Assert.Empty(cut.FindAll("[data-testid=signup-panel]"));
        Assert.Equal(["Owner 0", "A member"], cut.FindAll("[data-testid=goer]").Select(g => (g.QuerySelector(".portal-member__name") ?? g.QuerySelector("[data-testid=goer-hidden]"))!.TextContent.Trim()));
        Assert.Equal("Who came", cut.Find("#goers-title").TextContent);
        var photo = cut.Find("[data-testid=gallery-photo] img");
        Assert.Equal("Cars lined up at the West Bund", photo.GetAttribute("alt"));
        Assert.Equal("Photos and stories", cut.Find("#discussion-title").TextContent);
    }
}
