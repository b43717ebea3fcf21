using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Security.Claims;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using Portal.Domain.Localization;

namespace Portal.Hosting;

/// <summary>
/// The request-rate limits, all in one place (README "Rate limits"): which requests count against which counters of
/// <see cref="PortalRateLimiter"/>, and the refusal, 429 with a reason in the visitor's language and Retry-After.
/// Form posts to /Account count per client address; registrations, password resets (also per target email), searches,
/// feeds and exports, live hub connections and CSP reports have their own budgets (<see cref="RateLimitOptions"/>).
/// Signed-in members are counted on their own where possible, so owners behind one shared address do not exhaust
/// each other's budget; an IPv6 client counts by its /64 network, which one subscriber usually holds whole.
/// </summary>
internal static class RateLimits
{
    private const string EmailField = "Input.Email";
    private static readonly object KeysItem = new();
    private static readonly PathString[] ResetPaths = ["/Account/ForgotPassword", "/Account/ResendEmailConfirmation"];

    public static IServiceCollection AddPortalRateLimits(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<RateLimitOptions>()
            .Bind(configuration.GetSection(RateLimitOptions.Section))
            .Validate(
                o => Enum.GetValues<RateLimitBucket>().All(b => o.For(b, 1) is { Permits: >= 1, Window.TotalSeconds: >= 1 and <= 86_400 }),
                "Portal:RateLimits: every rule needs Permits of at least 1 and a Window between 00:00:01 and 1.00:00:00.")
            .ValidateOnStart();
        services.AddSingleton<PortalRateLimiter>();
        services.AddRateLimiter(options =>
        {
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.OnRejected = async (context, cancellationToken) =>
            {
                var wait = PortalRateLimiter.RetryAfter(context.Lease);
                var http = context.HttpContext;
                http.Response.Headers.RetryAfter = Seconds(wait).ToString(CultureInfo.InvariantCulture);
                http.Response.ContentType = "text/plain; charset=utf-8";
                // UseRequestLocalization runs before UseRateLimiter, so the text is in the visitor's language.
                var text = http.RequestServices.GetRequiredService<IStringLocalizer<RateLimitText>>();
                await http.Response.WriteAsync(Reason(text, Keys(http).Kind, wait), cancellationToken);
            };
        });
        services.AddOptions<RateLimiterOptions>().Configure<PortalRateLimiter>((options, limiter) =>
            options.GlobalLimiter = limiter.ForRequests(r => Keys(r).First, r => Keys(r).Second, r => Keys(r).Third));
        return services;
    }

    /// <summary>Reads a password-reset form's email before the limiter (it counts per target address too), then limits.</summary>
    public static WebApplication UsePortalRateLimits(this WebApplication app)
    {
        app.Use(async (context, next) =>
        {
            if (IsResetPost(context.Request) && context.Request.HasFormContentType)
            {
                var form = await context.Request.ReadFormAsync(context.RequestAborted);
                context.Items[EmailField] = form[EmailField].ToString().Trim().ToUpperInvariant();
            }

            await next(context);
        });
        app.UseRateLimiter();
        return app;
    }

    /// <summary>Why a request of <paramref name="kind"/> was refused and how long to wait (seconds, or minutes from two minutes on).</summary>
    public static string Reason(IStringLocalizer<RateLimitText> text, RateLimitKind kind, TimeSpan wait)
    {
        ArgumentNullException.ThrowIfNull(text);
        var seconds = Seconds(wait);
        var howLong = seconds < 120 ? text.Plural("Wait.Seconds", seconds) : text.Plural("Wait.Minutes", (seconds + 59) / 60);
        return text[$"TooMany.{kind}", howLong];
    }

    /// <summary>Whole seconds, rounded up: what Retry-After says.</summary>
    private static int Seconds(TimeSpan wait) => (int)Math.Ceiling(wait.TotalSeconds);

    /// <summary>Who a client is counted as: its address (an IPv6 client by its /64 network), or "unknown".</summary>
    public static string AddressOf(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var address = context.Connection.RemoteIpAddress;
        if (address is null)
        {
            return "unknown";
        }

        if (address.IsIPv4MappedToIPv6)
        {
            address = address.MapToIPv4();
        }

        if (address.AddressFamily != AddressFamily.InterNetworkV6)
        {
            return address.ToString();
        }

        var bytes = address.GetAddressBytes();
        Array.Clear(bytes, 8, 8);
        return new IPAddress(bytes) + "/64";
    }

    /// <summary>Puts an endpoint under the limit of <paramref name="kind"/> (feeds and exports: <see cref="RateLimitKind.Api"/>).</summary>
    public static TBuilder RateLimitedAs<TBuilder>(this TBuilder builder, RateLimitKind kind)
        where TBuilder : IEndpointConventionBuilder => builder.WithMetadata(new RateLimitedAttribute(kind));

    private static RequestKeys Keys(HttpContext context)
    {
        if (context.Items[KeysItem] is not RequestKeys keys)
        {
            keys = Classify(context);
            context.Items[KeysItem] = keys;
        }

        return keys;
    }

    private static RequestKeys Classify(HttpContext context)
    {
        var request = context.Request;
        var address = AddressOf(context);
        var member = context.User.FindFirstValue(ClaimTypes.NameIdentifier);
        if (HttpMethods.IsPost(request.Method) && request.Path.StartsWithSegments("/Account", StringComparison.OrdinalIgnoreCase))
        {
            var account = new RateLimitKey(RateLimitBucket.Account, address);
            if (request.Path.Equals("/Account/Register", StringComparison.OrdinalIgnoreCase))
            {
                return new(RateLimitKind.Registration, new(RateLimitBucket.Registration, address), account);
            }

            return IsResetPost(request)
                ? new(RateLimitKind.PasswordReset, new(RateLimitBucket.PasswordResetPerAddress, address), account, context.Items[EmailField] is string { Length: > 0 } email ? new(RateLimitBucket.PasswordResetPerEmail, email) : null)
                : new(RateLimitKind.Account, account);
        }

        return context.GetEndpoint()?.Metadata.GetMetadata<RateLimitedAttribute>()?.Kind switch
        {
            RateLimitKind.Search when HttpMethods.IsGet(request.Method) && !string.IsNullOrWhiteSpace(request.Query["q"]) => member is null
                ? new(RateLimitKind.Search, new(RateLimitBucket.SearchPerAddress, address))
                : new(RateLimitKind.Search, new(RateLimitBucket.SearchPerMember, member)),
            RateLimitKind.Api => member is null
                ? new(RateLimitKind.Api, new(RateLimitBucket.ApiPerAddress, address))
                : new(RateLimitKind.Api, new(RateLimitBucket.ApiPerMember, member)),
            // A connection is one negotiate request, or one WebSocket request without a negotiated id (negotiation skipped).
            RateLimitKind.Hub when request.Path.Value?.EndsWith("/negotiate", StringComparison.Ordinal) == true || !request.Query.ContainsKey("id") => member is null
                ? new(RateLimitKind.Hub, new(RateLimitBucket.HubPerAddress, address))
                : new(RateLimitKind.Hub, new(RateLimitBucket.HubPerAddress, address), new(RateLimitBucket.HubPerMember, member)),
            RateLimitKind.CspReport => new(RateLimitKind.CspReport, new(RateLimitBucket.CspReport, address)),
            _ => RequestKeys.Unlimited,
        };
    }

    private static bool IsResetPost(HttpRequest request) =>
        HttpMethods.IsPost(request.Method) && ResetPaths.Any(p => request.Path.Equals(p, StringComparison.OrdinalIgnoreCase));

    /// <summary>The kind of a request (for the refusal text; an unlimited request is never refused) and up to three counters it must pass.</summary>
    private sealed record RequestKeys(RateLimitKind Kind, RateLimitKey First, RateLimitKey? SecondKey = null, RateLimitKey? ThirdKey = null)
    {
        public static RequestKeys Unlimited { get; } = new(RateLimitKind.Account, RateLimitKey.None);

        public RateLimitKey Second => SecondKey ?? RateLimitKey.None;

        public RateLimitKey Third => ThirdKey ?? RateLimitKey.None;
    }
}
