namespace Portal.Domain.Events;

/// <summary>
/// A city's names as members and events write them: events use the Chinese name of a mainland city, English-speaking
/// members often the English one. Matching either way finds the events near a member.
/// </summary>
internal static class EventCities
{
    private static readonly (string Chinese, string English)[] Pairs =
    [
        ("上海", "Shanghai"), ("北京", "Beijing"), ("深圳", "Shenzhen"), ("广州", "Guangzhou"), ("杭州", "Hangzhou"), ("成都", "Chengdu"),
        ("南京", "Nanjing"), ("苏州", "Suzhou"), ("武汉", "Wuhan"), ("西安", "Xi'an"), ("重庆", "Chongqing"), ("天津", "Tianjin"),
        ("宁波", "Ningbo"), ("珠海", "Zhuhai"), ("香港", "Hong Kong"), ("新加坡", "Singapore"), ("伦敦", "London"),
    ];

    /// <summary>The city as given (trimmed) and its other name when it is a known city.</summary>
    public static List<string> NamesOf(string city)
    {
        var name = city.Trim();
        var names = new List<string> { name };
        foreach (var (chinese, english) in Pairs)
        {
            if (string.Equals(name, english, StringComparison.OrdinalIgnoreCase) || name == chinese)
            {
                names.AddRange([chinese, english]);
            }
        }

        return [.. names.Distinct(StringComparer.Ordinal)];
    }
}
