using System.Collections.Concurrent;
using System.Reflection;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Endpoints;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Patterns;
using Microsoft.Extensions.DependencyInjection;
using Portal.Domain.Seeding;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Hosting;

/// <summary>
/// Every GET the app routes (Razor component pages and minimal APIs, read from its <see cref="EndpointDataSource"/>),
/// with real demo ids and hostile values in each route parameter and in every query parameter the page or handler
/// declares (plus <c>page</c>), as a visitor and as an operator: nothing may answer 5xx.
/// </summary>
public sealed class RouteWalkTests(KestrelAppFixture server) : IClassFixture<KestrelAppFixture>
{
    /// <summary>Already URL-encoded: letters, signs, a fraction, past int.MaxValue, 5 KB, NUL, a climb, Chinese, emoji, CR/LF, a tab.</summary>
    private static readonly string[] Hostile =
    [
        "abc", "-1", "0", "2147483648", "-2147483649", "99999999999999999999", "1.5", new string('a', 5 * 1024), "%00", "..%2F..%2Fportal.db",
        Uri.EscapeDataString("中文"), Uri.EscapeDataString("🚗"), "%0D%0ALocation:%20http://evil", "%09//evil", "1e9",
    ];

    private const int Parallelism = 4;

    [Fact]
    public async Task No_routable_page_answers_5xx_to_hostile_route_or_query_values()
    {
        var routes = Routes();
        Assert.True(routes.Count > 70, $"The route table looks short: {routes.Count} GET routes.");
        var real = await RealRouteValues.ReadAsync(server.App);

        using var anonymous = Client();
        using var @operator = Client();
        using (var signIn = await new FormClient(@operator).SignInAsync(DemoAccounts.OperatorEmail, DemoAccounts.Password))
        {
            Assert.Equal(System.Net.HttpStatusCode.Found, signIn.StatusCode);
        }

        var urls = routes.SelectMany(route => UrlsFor(route, real)).DistinctBy(p => p.Url, StringComparer.Ordinal).ToList();
        var failures = new ConcurrentBag<Failure>();
        await WalkAsync(anonymous, urls, failures, "anonymous");

        // The account's own pages go last and one at a time, as the member opens them: 2FA setup renews the security stamp
        // (the cookie must stay valid for the rest), and its key reset is not meant for several tabs at once.
        var (account, rest) = (urls.Where(p => IsAccountManagement(p.Url)).ToList(), urls.Where(p => !IsAccountManagement(p.Url)).ToList());
        await WalkAsync(@operator, rest, failures, "operator");
        using (var console = await @operator.GetAsync(new Uri("/console", UriKind.Relative)))
        {
            Assert.True(console.StatusCode == System.Net.HttpStatusCode.OK, $"The operator was signed out during the walk ({(int)console.StatusCode}), so the walk did not cover the console.");
        }

        await WalkAsync(@operator, account, failures, "operator", parallelism: 1);

        var report = failures.GroupBy(f => f.What, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => $"{g.Key}: {g.Count()} failed, e.g. {g.First().Example}");
        Assert.True(failures.IsEmpty, $"{failures.Count} of {urls.Count * 2} requests failed:\n{string.Join('\n', report)}");
    }

    /// <summary>Real sockets: Kestrel answers a NUL in the path itself (the in-memory test server cannot even carry it).</summary>
    private HttpClient Client() =>
        new(new SocketsHttpHandler { CookieContainer = new System.Net.CookieContainer(), AllowAutoRedirect = false }) { BaseAddress = server.BaseAddress };

    private static bool IsAccountManagement(string url) => url.StartsWith("/Account/Manage", StringComparison.OrdinalIgnoreCase);

    private static async Task WalkAsync(HttpClient client, IReadOnlyList<Probe> urls, ConcurrentBag<Failure> failures, string who, int parallelism = Parallelism) =>
        await Parallel.ForEachAsync(urls, new ParallelOptions { MaxDegreeOfParallelism = parallelism }, async (probe, cancellationToken) =>
        {
            try
            {
                using var response = await client.GetAsync(new Uri(probe.Url, UriKind.Relative), cancellationToken);
                if ((int)response.StatusCode >= 500)
                {
                    failures.Add(new Failure($"{who} {probe.What}", $"{(int)response.StatusCode} GET {Shorten(probe.Url)}"));
                }
            }
            catch (HttpRequestException e)
            {
                failures.Add(new Failure($"{who} {probe.What}", $"no answer ({e.Message}) GET {Shorten(probe.Url)}"));
            }
        });

    private static string Shorten(string url) => url.Length > 120 ? $"{url[..120]}…({url.Length} chars)" : url;

    private List<Route> Routes() => server.App.Services.GetRequiredService<EndpointDataSource>().Endpoints
        .OfType<RouteEndpoint>()
        .Where(e => e.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods.Contains(HttpMethods.Get) == true)
        .Select(e => e.Metadata.GetMetadata<ComponentTypeMetadata>() is { } component
            ? new Route(e.RoutePattern, QueryOfComponent(component.Type))
            : e.Metadata.GetMetadata<MethodInfo>() is { } handler ? new Route(e.RoutePattern, QueryOfHandler(handler, e.RoutePattern)) : null)
        .OfType<Route>()
        .ToList();

    private static string[] QueryOfComponent(Type component) => component
        .GetProperties(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic)
        .Select(p => (Property: p, Query: p.GetCustomAttribute<SupplyParameterFromQueryAttribute>()))
        .Where(x => x.Query is not null)
        .Select(x => x.Query!.Name ?? x.Property.Name)
        .ToArray();

    /// <summary>The handler's parameters bound from the query: marked <c>[FromQuery]</c>, or simple types that are not route values.</summary>
    private static string[] QueryOfHandler(MethodInfo handler, RoutePattern pattern) => handler.GetParameters()
        .Where(p => p.GetCustomAttribute<FromQueryAttribute>() is not null
            || (IsSimple(p.ParameterType) && pattern.GetParameter(p.Name!) is null && p.GetCustomAttributes().All(a => a is not IBindingSourceMetadata)))
        .Select(p => p.GetCustomAttribute<FromQueryAttribute>()?.Name ?? p.Name!)
        .ToArray();

    private static bool IsSimple(Type type)
    {
        var inner = Nullable.GetUnderlyingType(type) ?? type;
        return inner.IsPrimitive || inner == typeof(string) || inner == typeof(decimal) || inner == typeof(DateOnly) || inner == typeof(DateTimeOffset) || inner.IsEnum;
    }

    /// <summary>The real address; each route value replaced by each hostile one; each query parameter (and <c>page</c>) set to each hostile one.</summary>
    private static IEnumerable<Probe> UrlsFor(Route route, RealRouteValues real)
    {
        var template = route.Pattern.RawText;
        var values = route.Pattern.Parameters.ToDictionary(p => p.Name, p => real.For(route.Pattern, p.Name), StringComparer.OrdinalIgnoreCase);
        var path = PathOf(route.Pattern, values);
        yield return new Probe(path, template + " (real values)");
        foreach (var parameter in route.Pattern.Parameters)
        {
            foreach (var hostile in Hostile)
            {
                yield return new Probe(PathOf(route.Pattern, new Dictionary<string, string>(values, StringComparer.OrdinalIgnoreCase) { [parameter.Name] = hostile }), $"{template} {{{parameter.Name}}}");
            }
        }

        foreach (var name in route.Query.Append("page").Distinct(StringComparer.OrdinalIgnoreCase))
        {
            foreach (var hostile in Hostile.Append("999999999"))
            {
                yield return new Probe($"{path}?{Uri.EscapeDataString(name)}={hostile}", $"{template} ?{name}=");
            }
        }
    }

    private static string PathOf(RoutePattern pattern, Dictionary<string, string> values) =>
        "/" + string.Join('/', pattern.PathSegments.Select(segment => string.Concat(segment.Parts.Select(part => part switch
        {
            RoutePatternLiteralPart literal => literal.Content,
            RoutePatternSeparatorPart separator => separator.Content,
            RoutePatternParameterPart parameter => values[parameter.Name],
            _ => "",
        }))));

    private sealed record Route(RoutePattern Pattern, string[] Query);

    /// <summary>One request: its address, and which route and parameter it probes (failures are grouped by that).</summary>
    private sealed record Probe(string Url, string What);

    private sealed record Failure(string What, string Example);
}
