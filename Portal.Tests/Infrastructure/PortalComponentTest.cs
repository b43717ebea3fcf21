using System.Reflection;
using System.Security.Claims;
using Bunit;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor.Services;
using Portal.Hosting;
using Portal.Domain.Accounts;
using Portal.Domain.Localization;
using Portal.Shell;

namespace Portal.Tests.Infrastructure;

/// <summary>
/// bUnit context with what Portal's components expect: MudBlazor, localisation (the real resx files) and a
/// loose JS runtime. Tests run in English (en-US) whatever the machine's culture; viewer preferences and
/// authorization are opt-in per test. xunit 2 only disposes test classes synchronously, which MudBlazor's
/// async-only services refuse, so the context is disposed asynchronously through <see cref="IAsyncLifetime"/>.
/// WaitFor* wait up to <see cref="Eventually.Timeout"/>.
/// </summary>
public abstract class PortalComponentTest : BunitContext, IAsyncLifetime
{
    private readonly CultureScope english = new(PortalCultures.EnglishName);

    protected PortalComponentTest()
    {
        // bUnit's WaitFor* give up after one second by default: too short on a loaded machine, so the suite's one timeout.
        DefaultWaitTimeout = Eventually.Timeout;
        Services.AddMudServices();
        Services.AddLocalization();
        // Upload fields ask the node's rate limiter (default rules) before reading a file.
        Services.AddOptions();
        Services.AddSingleton<PortalRateLimiter>();
        JSInterop.Mode = JSRuntimeMode.Loose;
    }

    /// <summary>Cascades the viewer's preferences at the root, as <c>Routes.razor</c> does in the app.</summary>
    protected void UseViewerPreferences(string timeZoneId = TimeZones.Default, string culture = "en", bool darkMode = false)
    {
        var preferences = new ViewerPreferences(darkMode, timeZoneId, culture);
        Services.AddCascadingValue(_ => preferences);
    }

    /// <summary>
    /// Signs in a member with <paramref name="roles"/>. bUnit's fake authorization decides policies by name only, so
    /// the policies granted are worked out from the roles with Portal's real policy definitions.
    /// </summary>
    protected async Task SignInAsync(string userName, params string[] roles)
    {
        var auth = AddAuthorization();
        auth.SetAuthorized(userName);
        auth.SetRoles(roles);
        auth.SetPolicies([.. await PoliciesForAsync(roles)]);
    }

    /// <summary>
    /// Signs in a member who exists in a test database: as <see cref="SignInAsync"/>, plus the member's id as the
    /// name-identifier claim that components read with <c>UserId()</c> and pass to the domain services.
    /// </summary>
    protected async Task SignInMemberAsync(string memberId, string userName, params string[] roles)
    {
        var auth = AddAuthorization();
        auth.SetAuthorized(userName);
        auth.SetRoles(roles);
        auth.SetPolicies([.. await PoliciesForAsync(roles)]);
        auth.SetClaims(new Claim(ClaimTypes.NameIdentifier, memberId));
    }

    /// <summary>Leaves the visitor anonymous (authorization services present, nobody signed in).</summary>
    protected void StayAnonymous() => AddAuthorization().SetNotAuthorized();

    /// <summary>Every policy in <see cref="Policies"/> that a member with <paramref name="roles"/> satisfies.</summary>
    public static async Task<IReadOnlyList<string>> PoliciesForAsync(params string[] roles)
    {
        await using var services = new ServiceCollection().AddLogging().AddAuthorizationCore(Policies.Configure).BuildServiceProvider();
        var authorization = services.GetRequiredService<IAuthorizationService>();
        var user = new ClaimsPrincipal(new ClaimsIdentity(roles.Select(r => new Claim(ClaimTypes.Role, r)), "Test"));
        var granted = new List<string>();
        foreach (var policy in AllPolicies())
        {
            if ((await authorization.AuthorizeAsync(user, policy)).Succeeded)
            {
                granted.Add(policy);
            }
        }

        return granted;
    }

    Task IAsyncLifetime.InitializeAsync() => InitializeTestAsync();

    async Task IAsyncLifetime.DisposeAsync()
    {
        await DisposeAsync();
        await DisposeTestAsync();
        english.Dispose();
    }

    /// <summary>Async arrangement before each test (a database, services from it).</summary>
    protected virtual Task InitializeTestAsync() => Task.CompletedTask;

    /// <summary>Runs after the bUnit context is disposed, for what the test's services depended on.</summary>
    protected virtual Task DisposeTestAsync() => Task.CompletedTask;

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            english.Dispose();
        }

        base.Dispose(disposing);
    }

    private static IEnumerable<string> AllPolicies() =>
        typeof(Policies).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.IsLiteral && f.FieldType == typeof(string))
            .Select(f => (string)f.GetRawConstantValue()!);
}
