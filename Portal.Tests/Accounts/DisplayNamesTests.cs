using Microsoft.EntityFrameworkCore;
using Portal.Domain.Accounts;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Accounts;

/// <summary>
/// The display-name rule with the probe's examples (a right-to-left override, NUL, only zero-width characters, "Aurelia
/// Editorial", "Aurelia 官方"), and through the two places a name is set: registration and the profile (staff exempt).
/// </summary>
public sealed class DisplayNamesTests : IAsyncLifetime
{
    private static readonly IReadOnlyList<string> Words = AccountOptions.DefaultReservedNameWords;

    private TestDatabase database = null!;

    public async Task InitializeAsync() => database = await TestDatabase.CreateAsync();

    public async Task DisposeAsync() => await database.DisposeAsync();

    [Theory]
    [InlineData("  Ｌｉｎ　　Wei  ", "Lin Wei")] // full-width letters and an ideographic space
    [InlineData("ﬁsh\t\tand\nchips", "fish and chips")]
    [InlineData("王 小明", "王 小明")]
    public void Names_are_nfkc_trimmed_and_collapsed(string raw, string expected) => Assert.Equal(expected, DisplayNames.Normalize(raw));

    [Theory]
    [InlineData("Lin\u202Egnaw")] // right-to-left override
    [InlineData("Lin\u0000Wei")] // NUL
    [InlineData("Bell\u0007")]
    [InlineData("\u2066Lin\u2069")] // isolates
    [InlineData("Lin\u200F")] // right-to-left mark
    [InlineData("Lin\u061C")] // Arabic letter mark
    public void Control_and_bidi_characters_are_refused(string name) =>
        Assert.Equal(DisplayNames.Characters, DisplayNames.Check(DisplayNames.Normalize(name), Words, isStaff: false));

    [Theory]
    [InlineData("\u200B\u200B\u200B")]
    [InlineData("\u200C\u200D\uFEFF")]
    [InlineData("\u3164\u3164")] // Hangul fillers
    [InlineData("\u2800 \u2800")] // braille blanks
    public void Names_of_only_invisible_characters_are_refused(string name) =>
        Assert.Equal(DisplayNames.Invisible, DisplayNames.Check(DisplayNames.Normalize(name), Words, isStaff: false));

    [Theory]
    [InlineData("Aurelia Editorial")]
    [InlineData("Aurelia 官方")]
    [InlineData("AureliaOfficial")]
    [InlineData("Aur\u200Belia Fans")]
    [InlineData("ＡＵＲＥＬＩＡ")]
    [InlineData("客服小王")]
    [InlineData("论坛管理员")]
    [InlineData("Moderator Li")]
    [InlineData("admin2026")]
    public void Brand_and_staff_words_are_reserved_for_members(string name)
    {
        Assert.Equal(DisplayNames.Reserved, DisplayNames.Check(DisplayNames.Normalize(name), Words, isStaff: false));
        Assert.Null(DisplayNames.Check(DisplayNames.Normalize(name), Words, isStaff: true));
    }

    [Theory]
    [InlineData("Badminton Lin")]
    [InlineData("李雷")]
    [InlineData("Aurelius")]
    [InlineData("Lin 🚗⚡")]
    [InlineData("José Ortiz")]
    public void Ordinary_names_pass(string name) => Assert.Null(DisplayNames.Check(DisplayNames.Normalize(name), Words, isStaff: false));

    [Fact]
    public async Task Registration_refuses_a_reserved_name_and_writes_nothing()
    {
        var result = await database.Get<Registration>().RegisterAsync("Aurelia 官方", "fake.staff@tests.portal.test", "a long enough passphrase 2026");

        Assert.False(result.Succeeded);
        Assert.Equal(DisplayNames.Reserved, Assert.Single(result.Identity.Errors).Code);
        await using var db = database.CreateDbContext();
        Assert.False(await db.Users.AnyAsync(u => u.Email == "fake.staff@tests.portal.test"));
    }

    [Fact]
    public async Task The_profile_stores_the_normalised_name_and_lets_staff_use_reserved_words()
    {
        var owner = await database.CreateMemberAsync("Lin");
        var editor = await database.CreateMemberAsync("Editor", Roles.Editor);
        var profiles = database.Get<ProfileService>();

        var refused = await profiles.UpdateAsync(owner, new ProfileInput("Aurelia Editorial", null, null, TimeZones.Default));
        var hidden = await profiles.UpdateAsync(owner, new ProfileInput("\u200B\u200B", null, null, TimeZones.Default));
        var renamed = await profiles.UpdateAsync(owner, new ProfileInput("  Ｌｉｎ　　Wei ", null, null, TimeZones.Default));
        var staff = await profiles.UpdateAsync(editor, new ProfileInput("Aurelia Editorial", null, null, TimeZones.Default));

        Assert.Equal(DisplayNames.Reserved, Assert.Single(refused.Problems).Code);
        Assert.Equal(DisplayNames.Invisible, Assert.Single(hidden.Problems).Code);
        Assert.True(renamed.Succeeded);
        Assert.True(staff.Succeeded);
        await using var db = database.CreateDbContext();
        Assert.Equal("Lin Wei", await db.Users.Where(u => u.Id == owner).Select(u => u.DisplayName).SingleAsync());
    }
}
