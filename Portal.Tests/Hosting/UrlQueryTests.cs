using Portal.Domain;
using Portal.Domain.Articles;

namespace Portal.Tests.Hosting;

/// <summary>The one set of address readers: any text reads as a value or the default, never an exception.</summary>
public sealed class UrlQueryTests
{
    [Theory]
    [InlineData(null, 1)]
    [InlineData("abc", 1)]
    [InlineData("1.5", 1)]
    [InlineData("2147483648", 1)]
    [InlineData("-3", 1)]
    [InlineData("0", 1)]
    [InlineData("+2", 1)]
    [InlineData(" 2", 1)]
    [InlineData("2", 2)]
    [InlineData("2147483647", int.MaxValue)]
    public void Page_numbers_are_whole_numbers_from_one(string? text, int expected) => Assert.Equal(expected, UrlQuery.PageFrom(text));

    [Theory]
    [InlineData("7", 7)]
    [InlineData("0", 0)]
    [InlineData("-1", null)]
    [InlineData("1e3", null)]
    [InlineData("99999999999", null)]
    [InlineData("中文", null)]
    public void Numbers_are_whole_and_in_range(string text, int? expected) => Assert.Equal(expected, UrlQuery.NumberFrom(text));

    [Theory]
    [InlineData("true", true)]
    [InlineData("True", true)]
    [InlineData("false", false)]
    [InlineData("1", false)]
    [InlineData("abc", false)]
    [InlineData(null, false)]
    public void Flags_are_on_only_for_true(string? text, bool expected) => Assert.Equal(expected, UrlQuery.FlagFrom(text));

    [Theory]
    [InlineData("published", ArticleStatus.Published)]
    [InlineData("DRAFT", ArticleStatus.Draft)]
    [InlineData("2", null)]
    [InlineData("-1", null)]
    [InlineData("Draft,Published", null)]
    [InlineData("", null)]
    public void Names_read_only_as_declared_names(string text, ArticleStatus? expected) => Assert.Equal(expected, UrlQuery.EnumFrom<ArticleStatus>(text));

    [Fact]
    public void Days_and_months_read_only_in_their_one_format()
    {
        Assert.Equal(new DateOnly(2026, 12, 6), UrlQuery.DayFrom("2026-12-06"));
        Assert.Null(UrlQuery.DayFrom("2026-02-30"));
        Assert.Null(UrlQuery.DayFrom("06/12/2026"));
        Assert.Equal(new DateOnly(2026, 12, 1), UrlQuery.MonthFrom("2026-12"));
        Assert.Null(UrlQuery.MonthFrom("2026-13"));
        Assert.Null(UrlQuery.MonthFrom(new string('9', 5000)));
    }
}
