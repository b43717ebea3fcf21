using System.Text.Json;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Portal.Domain.Accounts;
using Portal.Domain.Accounts.Erasure;
using Portal.Shell;

namespace Portal.Accounts.Identity;

internal static class IdentityComponentsEndpointRouteBuilderExtensions
{
    /// <summary>The endpoints the server-rendered account pages post to (sign-out, personal data download).</summary>
    public static IEndpointConventionBuilder MapAdditionalIdentityEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var accountGroup = endpoints.MapGroup("/Account");

        // The token and the form are checked by hand before the form is read, so a post without a valid token or without
        // a form is a plain 400 (reading the form of a request whose token failed throws).
        accountGroup.MapPost("/Logout", async Task<IResult> (
            HttpContext context,
            [FromServices] SignInManager<PortalUser> signInManager) =>
        {
            if (context.Features.Get<IAntiforgeryValidationFeature>() is { IsValid: false } || !context.Request.HasFormContentType)
            {
                return TypedResults.BadRequest();
            }

            var form = await context.Request.ReadFormAsync(context.RequestAborted);
            await signInManager.SignOutAsync();
            return TypedResults.LocalRedirect(ReturnUrl.Sanitize(form["returnUrl"]));
        }).AllowAnonymous().WithMetadata(new RequireAntiforgeryTokenAttribute());

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
