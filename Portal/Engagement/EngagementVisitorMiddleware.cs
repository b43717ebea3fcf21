using System.Security.Cryptography;
using Portal.Domain.Engagement;

namespace Portal.Engagement;

/// <summary>
/// Works out the request's <see cref="EngagementVisitor"/> once: nothing is recorded for a browser that sends
/// <c>Sec-GPC: 1</c> or <c>DNT: 1</c>, or for a crawler; anyone else gets a random first-party visitor id in a cookie
/// (set on page requests only). The user agent is read for the device class and then forgotten.
/// </summary>
internal static class EngagementVisitorMiddleware
{
    public const string VisitorCookie = "portal.vid";

    private static readonly object ItemKey = new();

    public static WebApplication UseEngagementVisitor(this WebApplication app)
    {
        app.Use(async (context, next) =>
        {
            var visitor = Resolve(context);
            context.Items[ItemKey] = visitor;
            context.RequestServices.GetRequiredService<EngagementVisitorContext>().Current = visitor;
            await next(context);
        });
        return app;
    }

    /// <summary>The visitor the middleware resolved for this request (for <c>App.razor</c> to hand to the interactive tree).</summary>
    public static EngagementVisitor VisitorOf(HttpContext context) =>
        context.Items.TryGetValue(ItemKey, out var value) && value is EngagementVisitor visitor ? visitor : EngagementVisitor.Unknown;

    private static EngagementVisitor Resolve(HttpContext context)
    {
        var headers = context.Request.Headers;
        var userAgent = headers.UserAgent.ToString();
        if (headers["Sec-GPC"] == "1" || headers["DNT"] == "1" || UserAgents.IsCrawler(userAgent))
        {
            return new EngagementVisitor(null, DeviceClass.Unknown, Suppressed: true);
        }

        var id = context.Request.Cookies[VisitorCookie];
        if (id is null || id.Length != 22 || !id.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_'))
        {
            id = null;
            if (HttpMethods.IsGet(context.Request.Method) && headers.Accept.ToString().Contains("text/html", StringComparison.Ordinal))
            {
                id = Convert.ToBase64String(RandomNumberGenerator.GetBytes(16)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
                context.Response.Cookies.Append(VisitorCookie, id, new CookieOptions
                {
                    HttpOnly = true,
                    IsEssential = true,
                    SameSite = SameSiteMode.Lax,
                    Secure = context.Request.IsHttps,
                    MaxAge = TimeSpan.FromDays(365),
                });
            }
        }

        return new EngagementVisitor(id, UserAgents.DeviceOf(userAgent), Suppressed: false);
    }
}
