using System.Text.Json;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Portal.Domain.Accounts;
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
            [FromServices] UserManager<PortalUser> userManager) =>
        {
            var user = await userManager.GetUserAsync(context.User);
            if (user is null)
            {
                return Results.NotFound();
            }

            var personalData = typeof(PortalUser).GetProperties()
                .Where(p => Attribute.IsDefined(p, typeof(PersonalDataAttribute)))
                .ToDictionary(p => p.Name, p => p.GetValue(user)?.ToString() ?? "null");
            personalData.Add("Authenticator Key", await userManager.GetAuthenticatorKeyAsync(user) ?? "null");
            var fileBytes = JsonSerializer.SerializeToUtf8Bytes(personalData);
            return TypedResults.File(fileBytes, contentType: "application/json", fileDownloadName: "PersonalData.json");
        });

        return accountGroup;
    }
}
