using Portal.Accounts;
using Portal.Activity;
using Portal.Shell;
using Portal.Domain.Accounts;
using Portal.Domain.Activity;
using Portal.Domain.Content;
using Portal.Domain.Data;
using Portal.Domain.Engagement;
using Portal.Domain.Events;
using Portal.Domain.Forums;
using Portal.Domain.Garage;
using Portal.Domain.Notifications;
using Portal.Domain.Seeding;
using Portal.Events;
using Portal.Hosting;

var builder = WebApplication.CreateBuilder(args);
builder.AddRootAppSettings();

builder.Services
    .AddPortalPersistence(builder.Configuration, builder.Environment.ContentRootPath)
    .AddAccounts(builder.Configuration)
    .AddContent()
    .AddGarage()
    .AddEngagement()
    .AddActivity(builder.Configuration)
    .AddForums(builder.Configuration)
    .AddNotifications()
    .AddEvents()
    .AddDemoSeeding()
    .AddPortalIdentity()
    .AddPortalWeb()
    .AddPortalActivity()
    .AddEventsWeb()
    .AddPublicUrls()
    .AddPortalForwardedHeaders(builder.Configuration);

var app = builder.Build();
await app.InitializeDatabaseAsync();
app.UsePortalPipeline().MapPortalEndpoints();
await app.RunAsync();

/// <summary>The entry point, visible to the tests' WebApplicationFactory.</summary>
public partial class Program;
