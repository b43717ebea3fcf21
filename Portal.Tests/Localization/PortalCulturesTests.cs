using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Localization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Portal.Domain.Localization;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Localization;

/// <summary>English dates read day-first with the month's name, and every request gets Portal's own cultures.</summary>
public sealed class PortalCulturesTests(PortalAppFactory factory) : IClassFixture<PortalAppFactory>
{
    private static readonly DateTime FourthOfAugust = new(2026, 8, 4, 19, 30, 0);

    [Fact]
    public void English_dates_cannot_be_read_month_first()
    {
        Assert.Equal("4 Aug 2026", FourthOfAugust.ToString("d", PortalCultures.English));
        Assert.Equal("Tuesday 4 August 2026", FourthOfAugust.ToString("D", PortalCultures.English));
        Assert.Equal("4 Aug 2026 7:30 PM", FourthOfAugust.ToString("g", PortalCultures.English).Replace('\u202F', ' '));
    }

    [Fact]
    public void Chinese_dates_keep_the_chinese_order()
    {
        Assert.Equal("2026/8/4", FourthOfAugust.ToString("d", PortalCultures.Chinese));
        Assert.Equal("2026年8月4日星期二", FourthOfAugust.ToString("D", PortalCultures.Chinese));
    }

    [Theory]
    [InlineData("zh-CN", "zh-CN")]
    [InlineData("zh", "zh-CN")]
    [InlineData("en", "en")]
    [InlineData(null, "en")]
    [InlineData("fr", "en")]
    public void A_saved_culture_maps_to_one_of_the_two(string? saved, string expected) =>
        Assert.Equal(expected, PortalCultures.For(saved).Name);

    [Theory]
    [InlineData("en", "4 Aug 2026")]
    [InlineData("zh-CN", "2026/8/4")]
    public async Task A_request_formats_with_portals_culture_objects(string cookieCulture, string expected)
    {
        var options = factory.Services.GetRequiredService<IOptions<RequestLocalizationOptions>>();
        string? formatted = null;
        var middleware = new RequestLocalizationMiddleware(
            _ =>
            {
                formatted = FourthOfAugust.ToString("d", CultureInfo.CurrentCulture);
                return Task.CompletedTask;
            },
            options,
            NullLoggerFactory.Instance);
        var context = new DefaultHttpContext();
        context.Request.Headers.Cookie = $"{CookieRequestCultureProvider.DefaultCookieName}={CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(cookieCulture))}";

        await middleware.Invoke(context);

        Assert.Equal(expected, formatted);
    }

    [Theory]
    [InlineData(0, "0 guests")]
    [InlineData(1, "1 guest")]
    [InlineData(2, "2 guests")]
    public void A_count_picks_the_plural_form(long count, string expected)
    {
        var texts = new DictionaryLocalizer(new Dictionary<string, string> { ["Guests.One"] = "1 guest", ["Guests.Other"] = "{0} guests" });

        Assert.Equal(expected, texts.Plural("Guests", count).Value);
    }

    [Fact]
    public void Further_arguments_follow_the_count()
    {
        var texts = new DictionaryLocalizer(new Dictionary<string, string> { ["Line.One"] = "Code {1} · 1 guest", ["Line.Other"] = "Code {1} · {0} guests" });

        Assert.Equal("Code K7 · 3 guests", texts.Plural("Line", 3, "K7").Value);
    }

    private sealed class DictionaryLocalizer(IReadOnlyDictionary<string, string> texts) : IStringLocalizer
    {
        public LocalizedString this[string name] => new(name, texts[name]);

        public LocalizedString this[string name, params object[] arguments] =>
            new(name, string.Format(CultureInfo.InvariantCulture, texts[name], arguments));

        public IEnumerable<LocalizedString> GetAllStrings(bool includeParentCultures) => texts.Select(t => new LocalizedString(t.Key, t.Value));
    }
}
