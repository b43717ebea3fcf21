using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Portal.Activity;
using Portal.Accounts.Identity;
using Portal.Console;
using Portal.Console.Segments;
using Portal.Articles;
using Portal.Engagement;
using Portal.Events;
using Portal.Messages;
using Portal.Shell;

namespace Portal.Hosting;

internal static class PipelineExtensions
{
    /// <summary>The middleware order matters: forwarded headers, security headers and cookie policy (so error pages get them too), errors, then auth, then the engagement visitor (GPC, DNT, crawlers, visitor cookie), then culture (which reads the member's claim), then rate limits (which answer in that culture), then old article slugs (301s that know whether the reader is staff).</summary>
    public static WebApplication UsePortalPipeline(this WebApplication app)
    {
        app.UsePortalForwardedHeaders();
        app.UsePortalSecurityHeaders();
        if (app.Environment.IsDevelopment())
        {
            app.UseMigrationsEndPoint();
        }
        else
        {
            app.UseExceptionHandler("/error", createScopeForErrors: true);
        }

        app.UseStatusCodePagesWithReExecute("/status/{0}", createScopeForStatusCodePages: true);
        app.UseAuthentication();
        app.UseEngagementVisitor();
        app.UseRequestLocalization();
        app.UseAuthorization();
        app.UsePortalRateLimits();
        app.UseArticleSlugRedirects();
        app.UseOutputCache();
        app.UseAntiforgery();
        return app;
    }

    /// <summary>Every endpoint carries an explicit authorization decision.</summary>
    public static WebApplication MapPortalEndpoints(this WebApplication app)
    {
        app.MapStaticAssets().AllowAnonymous();
        app.MapRazorComponents<App>().AddInteractiveServerRenderMode();
        app.MapAdditionalIdentityEndpoints();
        app.MapPreferencesEndpoints();
        app.MapMediaEndpoints();
        app.MapEventEndpoints();
        app.MapConsoleExports();
        app.MapSegmentExports();
        app.MapMemberExports();
        app.MapMessageEndpoints();
        app.MapArticleFeeds();
        app.MapSearchEngineEndpoints();
        app.MapActivityHub();
        app.MapCspReports();
        app.MapHealthChecks("/healthz", new HealthCheckOptions { ResponseWriter = HealthResponse.WriteAsync }).AllowAnonymous();
        return app;
    }
}
