using Microsoft.EntityFrameworkCore;
using Portal.Domain.Forums;

namespace Portal.Tests.Forums.Photos;

/// <summary>The mention picker's ranking: people in the thread first, then names that start with the text, shorter first; city and car tell namesakes apart.</summary>
public sealed class MentionCandidatesTests : IAsyncLifetime
{
    private ForumWorld world = null!;

    private MentionCandidates Candidates => world.Database.Get<MentionCandidates>();

    public async Task InitializeAsync() => world = await ForumWorld.CreateAsync();

    public async Task DisposeAsync() => await world.DisposeAsync();

    [Fact]
    public async Task Members_who_posted_in_the_thread_come_first_then_names_starting_with_the_text_shorter_first()
    {
        var author = await world.VeteranAsync("Lin");
        var location = await world.ThreadAsync(author);
        var wangWeiLong = await world.VeteranAsync("王伟龙");
        var xiaoWang = await world.VeteranAsync("小王");
        var wangWei = await world.VeteranAsync("王伟");
        var inThread = await world.VeteranAsync("老王师傅");
        await world.ReplyAsync(inThread, location.ThreadId, "I had the same problem last winter.");
        await world.VeteranAsync("Zhang");

        var ranked = await Candidates.FindAsync("王", location.ThreadId);
        var anywhere = await Candidates.FindAsync("@王");

        Assert.Equal([inThread, wangWei, wangWeiLong, xiaoWang], ranked.Select(c => c.Member.Id));
        Assert.Equal([true, false, false, false], ranked.Select(c => c.InThread));
        Assert.Equal([wangWei, wangWeiLong, xiaoWang, inThread], anywhere.Select(c => c.Member.Id));
    }

    [Fact]
    public async Task Two_members_called_王伟_differ_by_city_and_the_car_they_drive()
    {
        var beijing = await world.VeteranAsync("王伟");
        var shanghai = await world.VeteranAsync("王伟");
        await using (var db = world.Database.CreateDbContext())
        {
            await db.Users.Where(u => u.Id == beijing).ExecuteUpdateAsync(s => s.SetProperty(u => u.City, "北京"));
            await db.Users.Where(u => u.Id == shanghai).ExecuteUpdateAsync(s => s.SetProperty(u => u.City, "上海"));
        }

        await world.Database.InsertVehicleAsync(beijing, vin: null, modelId: 1, year: 2022);
        await world.Database.InsertVehicleAsync(shanghai, vin: null, modelId: 2, year: 2025);

        var found = await Candidates.FindAsync("王伟");

        var details = found.Select(c => (c.Member.Id, c.City, c.CarYear)).OrderBy(d => d.CarYear).ToList();
        Assert.Equal([(beijing, "北京", 2022), (shanghai, "上海", 2025)], details.Select(d => (d.Id, d.City, d.CarYear!.Value)));
        Assert.All(found, c => Assert.False(string.IsNullOrEmpty(c.CarModel)));
        Assert.NotEqual(found[0].CarModel, found[1].CarModel);
    }

    [Fact]
    public async Task Nothing_typed_finds_nobody_and_at_most_eight_are_offered()
    {
        for (var i = 0; i < 10; i++)
        {
            await world.VeteranAsync($"Owner {i}");
        }

        Assert.Empty(await Candidates.FindAsync("@"));
        Assert.Equal(MentionCandidates.Limit, (await Candidates.FindAsync("Owner")).Count);
    }
}
