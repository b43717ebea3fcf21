using Portal.Domain.Accounts;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Accounts;

/// <summary>The staff and verified-owner marks the member directory puts on names, on profiles and in lists alike.</summary>
public sealed class MemberDirectoryTests : IAsyncLifetime
{
    private TestDatabase db = default!;

    public async Task InitializeAsync() => db = await TestDatabase.CreateAsync();

    public async Task DisposeAsync() => await db.DisposeAsync();

    private MemberDirectory Directory => db.Get<MemberDirectory>();

    [Theory]
    [InlineData(new string[0], false)]
    [InlineData(new[] { Roles.Editor }, true)]
    [InlineData(new[] { Roles.Operator }, true)]
    [InlineData(new[] { Roles.Editor, Roles.Operator }, true)]
    public async Task Staff_mark_is_the_same_on_the_profile_and_in_summaries(string[] roles, bool staff)
    {
        var member = await db.CreateMemberAsync("Someone", roles);

        var profile = await Directory.GetPublicProfileAsync(member);
        var summaries = await Directory.GetSummariesAsync([member]);

        Assert.NotNull(profile);
        Assert.Equal(staff, profile.Member.IsStaff);
        Assert.Equal(staff, summaries[member].IsStaff);
    }

    [Fact]
    public async Task Summaries_mark_each_member_on_their_own_roles_and_cars()
    {
        var owner = await db.CreateMemberAsync("Owner");
        var editor = await db.CreateMemberAsync("Editor", Roles.Editor);
        var verifiedOwner = await db.CreateMemberAsync("Verified owner");
        await db.InsertVehicleAsync(verifiedOwner, "1M8GDM9AXKP042788", verified: true);
        await db.InsertVehicleAsync(owner, vin: null);

        var summaries = await Directory.GetSummariesAsync([owner, editor, verifiedOwner]);

        Assert.Equal(
            [("Owner", false, false), ("Editor", true, false), ("Verified owner", false, true)],
            new[] { owner, editor, verifiedOwner }.Select(id => (summaries[id].DisplayName, summaries[id].IsStaff, summaries[id].IsVerifiedOwner)));
        Assert.True((await Directory.GetPublicProfileAsync(verifiedOwner))!.Member.IsVerifiedOwner);
    }

    [Fact]
    public async Task The_bio_renders_through_the_markdown_pipeline_without_raw_html()
    {
        var member = await db.CreateMemberAsync("Chen");
        await using (var write = db.CreateDbContext())
        {
            await Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.ExecuteUpdateAsync(
                write.Users.Where(u => u.Id == member), s => s.SetProperty(u => u.Bio, "Driving a **Vela** since 2024 <script>alert(1)</script>\n\n[My blog](javascript:alert(2))"));
        }

        var profile = await Directory.GetPublicProfileAsync(member);

        Assert.Contains("<strong>Vela</strong>", profile!.BioHtml, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", profile.BioHtml, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("javascript:", profile.BioHtml, StringComparison.OrdinalIgnoreCase);
        Assert.Null((await Directory.GetPublicProfileAsync(await db.CreateMemberAsync("No bio")))!.BioHtml);
    }

    [Fact]
    public async Task Unknown_member_has_no_profile() => Assert.Null(await Directory.GetPublicProfileAsync("no-such-member"));
}
