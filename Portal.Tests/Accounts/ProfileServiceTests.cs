using Microsoft.EntityFrameworkCore;
using Portal.Domain.Accounts;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Accounts;

/// <summary>Profile validation rules, and that <see cref="ProfileService.UpdateAsync"/> writes all or nothing.</summary>
public sealed class ProfileServiceTests : IAsyncLifetime
{
    private TestDatabase db = default!;

    public async Task InitializeAsync() => db = await TestDatabase.CreateAsync();

    public async Task DisposeAsync() => await db.DisposeAsync();

    [Theory]
    [InlineData("Chen Xiao", null, null, "Asia/Shanghai")]
    [InlineData("  陈晓  ", "上海", "Two kids, one Vela.", "UTC")]
    [InlineData("Al", "", "", "Europe/London")] // the shortest name allowed
    public void Validate_accepts_a_sensible_profile(string name, string? city, string? bio, string zone) =>
        Assert.True(ProfileProblems.Validate(new ProfileInput(name, city, bio, zone)).Succeeded);

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void Validate_refuses_an_empty_name(string name)
    {
        var problem = Assert.Single(ProfileProblems.Validate(new ProfileInput(name, null, null, TimeZones.Default)).Problems);

        Assert.Equal((ProfileProblems.DisplayNameRequired, nameof(ProfileInput.DisplayName)), (problem.Code, problem.Field));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(PortalUser.DisplayNameMaxLength + 1)]
    public void Validate_refuses_a_name_of_the_wrong_length_with_the_limits(int length)
    {
        var problem = Assert.Single(ProfileProblems.Validate(new ProfileInput(new string('x', length), null, null, TimeZones.Default)).Problems);

        Assert.Equal((ProfileProblems.DisplayNameLength, nameof(ProfileInput.DisplayName)), (problem.Code, problem.Field));
        Assert.Equal([ProfileProblems.DisplayNameMinLength, PortalUser.DisplayNameMaxLength], problem.Args);
    }

    [Fact]
    public void Validate_measures_the_name_after_trimming() =>
        Assert.True(ProfileProblems.Validate(new ProfileInput($"  {new string('x', PortalUser.DisplayNameMaxLength)}  ", null, null, "UTC")).Succeeded);

    [Theory]
    [InlineData("Mars/Olympus_Mons")]
    [InlineData("asia/shanghai")] // ids are exact
    [InlineData("")]
    public void Validate_refuses_a_time_zone_that_is_not_offered(string zone)
    {
        var problem = Assert.Single(ProfileProblems.Validate(new ProfileInput("Chen Xiao", null, null, zone)).Problems);

        Assert.Equal((ProfileProblems.UnknownTimeZone, nameof(ProfileInput.TimeZoneId)), (problem.Code, problem.Field));
    }

    [Fact]
    public void Validate_reports_city_and_bio_too_long_together()
    {
        var input = new ProfileInput("Chen Xiao", new string('c', PortalUser.CityMaxLength + 1), new string('b', PortalUser.BioMaxLength + 1), "UTC");

        var problems = ProfileProblems.Validate(input).Problems;

        Assert.Equal([ProfileProblems.CityTooLong, ProfileProblems.BioTooLong], problems.Select(p => p.Code));
        Assert.Equal([nameof(ProfileInput.City), nameof(ProfileInput.Bio)], problems.Select(p => p.Field));
    }

    [Fact]
    public async Task UpdateAsync_persists_trimmed_values_and_blanks_as_null()
    {
        var id = await db.CreateMemberAsync("Before");
        await using (var arrange = db.CreateDbContext())
        {
            await arrange.Users.Where(u => u.Id == id).ExecuteUpdateAsync(s => s.SetProperty(u => u.Bio, "Old bio"));
        }

        var result = await db.Get<ProfileService>().UpdateAsync(id, new ProfileInput("  陈晓 Chen  ", "  上海 ", "   ", "Europe/Berlin"));

        Assert.True(result.Succeeded);
        var profile = await db.Get<ProfileService>().GetAsync(id);
        Assert.NotNull(profile);
        Assert.Equal(("陈晓 Chen", "上海", (string?)null, "Europe/Berlin"), (profile.DisplayName, profile.City, profile.Bio, profile.TimeZoneId));
    }

    [Fact]
    public async Task UpdateAsync_refused_leaves_the_row_as_it_was()
    {
        var id = await db.CreateMemberAsync("Before");
        var before = await db.Get<ProfileService>().GetAsync(id);

        var result = await db.Get<ProfileService>().UpdateAsync(id, new ProfileInput("After", "Somewhere", "New bio", "Mars/Olympus_Mons"));

        Assert.Equal(ProfileProblems.UnknownTimeZone, Assert.Single(result.Problems).Code);
        Assert.Equal(before, await db.Get<ProfileService>().GetAsync(id));
        Assert.Equal("Before", before?.DisplayName);
    }

    [Fact]
    public async Task UpdateAsync_for_an_unknown_member_is_not_found()
    {
        var result = await db.Get<ProfileService>().UpdateAsync("no-such-member", new ProfileInput("Name", null, null, "UTC"));

        Assert.Equal(ProfileProblems.NotFound, Assert.Single(result.Problems).Code);
    }

    [Fact]
    public async Task SavePreferencesAsync_keeps_what_was_not_given()
    {
        var id = await db.CreateMemberAsync("Member");
        var profiles = db.Get<ProfileService>();

        await profiles.SavePreferencesAsync(id, prefersDarkMode: true, culture: "zh-CN");
        await profiles.SavePreferencesAsync(id, prefersDarkMode: null, culture: null);

        await using var read = db.CreateDbContext();
        var user = await read.Users.SingleAsync(u => u.Id == id);
        Assert.Equal((true, "zh-CN"), (user.PrefersDarkMode, user.PreferredCulture));
    }
}
