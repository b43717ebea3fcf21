using Microsoft.Extensions.DependencyInjection;

namespace Portal.Domain.Engagement.Reports;

public static class ReportServiceCollectionExtensions
{
    /// <summary>The console's reports: each exportable one is one <see cref="AddReport"/> line.</summary>
    public static IServiceCollection AddEngagementReports(this IServiceCollection services)
    {
        // Breakdowns label their values (verified, no car, no city) in the reader's language, outside the web app too.
        services.AddLocalization();
        services.AddSingleton<ReportRegistry>();
        services.AddScoped<ReportExports>();
        services.AddSingleton<OverviewReports>();
        services.AddSingleton<ContentReports>();

        services.AddReport(OverviewReports.Actives, async (sp, r, ct) => await sp.GetRequiredService<OverviewReports>().ActivesAsync(r.Period, ct));
        services.AddReport(OverviewReports.Stickiness, async (sp, r, ct) => await sp.GetRequiredService<OverviewReports>().StickinessAsync(r.Period, ct));
        services.AddReport(OverviewReports.NewMembers, async (sp, r, ct) => await sp.GetRequiredService<OverviewReports>().NewMembersAsync(r.Period, ct));
        services.AddReport(OverviewReports.Activity, async (sp, r, ct) => await sp.GetRequiredService<OverviewReports>().ActivityAsync(r.Period, ct));
        services.AddReport(ContentReports.Threads, async (sp, r, ct) => await sp.GetRequiredService<ContentReports>().TopThreadsAsync(r.Period, ct));
        services.AddReport(ContentReports.Boards, async (sp, r, ct) => await sp.GetRequiredService<ContentReports>().TopBoardsAsync(r.Period, ct));
        services.AddReport(ContentReports.Articles, async (sp, r, ct) => await sp.GetRequiredService<ContentReports>().TopArticlesAsync(r.Period, ct));
        services.AddReport(ContentReports.Thread, (sp, r, ct) => ContentTrendAsync(sp, ContentReports.ThreadTarget, r, ct));
        services.AddReport(ContentReports.Board, (sp, r, ct) => ContentTrendAsync(sp, ContentReports.BoardTarget, r, ct));
        services.AddReport(ContentReports.Article, (sp, r, ct) => ContentTrendAsync(sp, ContentReports.ArticleTarget, r, ct));
        services.AddReport(EventFunnelTables.Events, EventFunnelTables.PerEventAsync);
        services.AddReport(EventFunnelTables.Cities, EventFunnelTables.PerCityAsync);
        services.AddReport(LifecycleTables.Weeks, LifecycleTables.PerWeekAsync);
        services.AddReport(LifecycleTables.Cohorts, LifecycleTables.PerCohortAsync);
        services.AddReport(LifecycleTables.Breakdown, LifecycleTables.PerValueAsync);
        return services;
    }

    /// <summary>Registers a report under <paramref name="name"/> (lower-case words and dashes; its CSV is <c>/console/exports/{name}.csv</c>).</summary>
    public static IServiceCollection AddReport(this IServiceCollection services, string name, ReportSource source) =>
        services.AddSingleton(new ReportRegistration(name, source));

    private static async Task<ReportTable?> ContentTrendAsync(IServiceProvider services, string kind, ReportRequest request, CancellationToken cancellationToken) =>
        request.Id is { } id ? (await services.GetRequiredService<ContentReports>().TrendAsync(kind, id, request.Period, cancellationToken))?.Table : null;
}
