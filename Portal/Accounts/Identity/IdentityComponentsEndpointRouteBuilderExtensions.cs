using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Portal.Domain.Accounts;
using Portal.Domain.Accounts.Erasure;

namespace Portal.Accounts.Identity;

internal static class IdentityComponentsEndpointRouteBuilderExtensions
{
    /// <summary>The endpoints the server-rendered account pages post to (sign-out, personal data download).</summary>
    public static IEndpointConventionBuilder MapAdditionalIdentityEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var accountGroup = endpoints.MapGroup("/Account");

        accountGroup.MapPost("/Logout", async (
            [FromServices] SignInManager<PortalUser> signInManager,
            [FromForm] string? returnUrl) =>
        {
            await signInManager.SignOutAsync();
            return TypedResults.LocalRedirect(string.IsNullOrEmpty(returnUrl) || !returnUrl.StartsWith('/') || returnUrl.StartsWith("//", StringComparison.Ordinal) ? "~/" : $"~{returnUrl}");
        }).AllowAnonymous();

        var manageGroup = accountGroup.MapGroup("/Manage").RequireAuthorization(Policies.Member);

        manageGroup.MapPost("/DownloadPersonalData", async (
            HttpContext context,
            [FromServices] UserManager<PortalUser> userManager,
            [FromServices] PersonalDataExport export,
            CancellationToken cancellationToken) =>
        {
            var memberId = userManager.GetUserId(context.User);
            var json = memberId is null ? null : await export.ExportAsync(memberId, cancellationToken);
            return json is null
                ? Results.NotFound()
                : TypedResults.File(json, contentType: "application/json", fileDownloadName: "PortalPersonalData.json");
        });

        return accountGroup;
    }
}
