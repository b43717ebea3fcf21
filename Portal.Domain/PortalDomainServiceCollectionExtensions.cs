using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Portal.Domain.Accounts;
using Portal.Domain.Announcements;
using Portal.Domain.Activity;
using Portal.Domain.Articles;
using Portal.Domain.Content;
using Portal.Domain.Data;
using Portal.Domain.Data.Backups;
using Portal.Domain.Engagement;
using Portal.Domain.Events;
using Portal.Domain.Forums;
using Portal.Domain.Garage;
using Portal.Domain.Journeys;
using Portal.Domain.MemberMail;
using Portal.Domain.Messaging;
using Portal.Domain.Notifications;
using Portal.Domain.Search;
using Portal.Domain.SearchEngines;
using Portal.Domain.Segments;
using Portal.Domain.Seeding;

namespace Portal.Domain;

public static class PortalDomainServiceCollectionExtensions
{
    /// <summary>
    /// The whole domain, the one way the app, the tests and the benchmarks build it: persistence, Identity's core and
    /// every feature. A new feature adds its line here (its activity group rules, seed steps and background jobs
    /// register inside it). A <see cref="TimeProvider"/> registered before this call wins over the system clock.
    /// </summary>
    public static IServiceCollection AddPortalDomain(this IServiceCollection services, IConfiguration configuration, string contentRoot) =>
        services
            .AddPortalPersistence(configuration, contentRoot)
            .AddBackups(configuration)
            .AddAccounts(configuration)
            .AddContent()
            .AddGarage(configuration)
            .AddEngagement(configuration)
            .AddActivity(configuration)
            .AddForums(configuration)
            .AddNotifications()
            .AddMessaging(configuration)
            .AddMemberMail(configuration)
            .AddAnnouncements()
            .AddEvents()
            .AddArticles(configuration)
            .AddSearchEngines()
            .AddSiteSearch()
            .AddJourneys(configuration)
            .AddSegments()
            .AddDemoSeeding();
}
