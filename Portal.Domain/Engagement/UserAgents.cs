namespace Portal.Domain.Engagement;

/// <summary>What engagement takes from a user agent string, which it never stores: crawler or not, and the device class.</summary>
public static class UserAgents
{
    private static readonly string[] CrawlerMarks =
    [
        "bot", "crawl", "spider", "slurp", "bingpreview", "facebookexternalhit", "embedly", "quora link preview",
        "whatsapp", "telegram", "lighthouse", "curl/", "wget/", "python-requests", "httpclient",
        "go-http-client", "java/", "okhttp", "axios/", "node-fetch", "postman", "feedfetcher", "bytespider", "petalbot",
        "yisouspider", "sogou", "baiduspider", "360spider",
    ];

    /// <summary>A crawler, link previewer or script: by user agent, and any request without one.</summary>
    public static bool IsCrawler(string? userAgent) =>
        string.IsNullOrWhiteSpace(userAgent) || CrawlerMarks.Any(mark => userAgent.Contains(mark, StringComparison.OrdinalIgnoreCase));

    public static DeviceClass DeviceOf(string? userAgent)
    {
        if (string.IsNullOrWhiteSpace(userAgent))
        {
            return DeviceClass.Unknown;
        }

        if (userAgent.Contains("iPad", StringComparison.OrdinalIgnoreCase) || userAgent.Contains("Tablet", StringComparison.OrdinalIgnoreCase)
            || (userAgent.Contains("Android", StringComparison.OrdinalIgnoreCase) && !userAgent.Contains("Mobile", StringComparison.OrdinalIgnoreCase)))
        {
            return DeviceClass.Tablet;
        }

        return userAgent.Contains("Mobi", StringComparison.OrdinalIgnoreCase) || userAgent.Contains("iPhone", StringComparison.OrdinalIgnoreCase)
            ? DeviceClass.Phone
            : DeviceClass.Desktop;
    }
}
