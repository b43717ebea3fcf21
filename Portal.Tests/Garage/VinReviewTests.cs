using Portal.Domain.Garage;

namespace Portal.Tests.Garage;

/// <summary>The VIN's year code (10th character) and maker code (WMI): what flags a well-formed VIN.</summary>
public class VinReviewTests
{
    private static readonly string[] Brand = ["LAU"];

    /// <summary>A valid brand VIN whose 10th character is <paramref name="yearCode"/> (LAUB1EK0?{code}S100000, check digit set).</summary>
    private static string BrandVin(char yearCode, string wmi = "LAU") => Vin.WithCheckDigit($"{wmi}B1EK00{yearCode}S100000");

    [Theory]
    [InlineData('K', 2019, 2019)]
    [InlineData('K', 1992, 1989)] // the 1980s cycle when the year given is nearer it
    [InlineData('A', 2024, 2010)]
    [InlineData('A', 1981, 1980)]
    [InlineData('Y', 2029, 2030)]
    [InlineData('1', 2030, 2031)]
    [InlineData('9', 2008, 2009)]
    [InlineData('T', 2026, 2026)]
    public void ModelYearOf_reads_the_year_code_in_the_nearest_cycle(char code, int near, int expected) =>
        Assert.Equal(expected, Vin.ModelYearOf(code, near));

    [Theory]
    [InlineData('U')]
    [InlineData('Z')]
    [InlineData('0')]
    [InlineData('I')]
    public void ModelYearOf_knows_the_characters_that_are_no_year_code(char code) => Assert.Null(Vin.ModelYearOf(code, 2024));

    [Fact]
    public void YearCodeFor_and_ModelYearOf_agree_over_two_cycles()
    {
        for (var year = 2000; year <= 2045; year++)
        {
            Assert.Equal(year, Vin.ModelYearOf(Vin.YearCodeFor(year), year));
        }
    }

    [Fact]
    public void A_brand_vin_with_the_right_year_code_has_no_flag() => Assert.Empty(Vin.Review(BrandVin('R'), 2024, Brand));

    [Fact]
    public void A_year_code_that_contradicts_the_model_year_is_flagged_with_both_years()
    {
        var flag = Assert.Single(Vin.Review(BrandVin('K'), 2024, Brand));

        Assert.Equal(new VinFlag(VinFlagKind.YearMismatch, "K", 2019), flag);
    }

    [Fact]
    public void A_tenth_character_that_is_no_year_code_is_flagged()
    {
        var flag = Assert.Single(Vin.Review(BrandVin('U'), 2024, Brand));

        Assert.Equal(new VinFlag(VinFlagKind.NoYearCode, "U"), flag);
    }

    [Fact]
    public void A_maker_code_that_is_not_the_brands_is_flagged()
    {
        var flag = Assert.Single(Vin.Review(BrandVin('R', "WVW"), 2024, Brand));

        Assert.Equal(new VinFlag(VinFlagKind.UnknownMaker, "WVW"), flag);
    }

    [Fact]
    public void The_maker_list_is_read_without_regard_to_case_or_spaces() => Assert.Empty(Vin.Review(BrandVin('R'), 2024, [" lau "]));

    [Fact]
    public void Without_a_configured_maker_list_only_the_year_is_checked()
    {
        Assert.Empty(Vin.Review(BrandVin('R', "WVW"), 2024, []));
        Assert.Equal(VinFlagKind.YearMismatch, Assert.Single(Vin.Review(BrandVin('K', "WVW"), 2024, [])).Kind);
    }

    [Fact]
    public void Both_flags_at_once()
    {
        var kinds = Vin.Review(BrandVin('K', "WVW"), 2024, Brand).Select(f => f.Kind);

        Assert.Equal([VinFlagKind.YearMismatch, VinFlagKind.UnknownMaker], kinds);
    }
}
