using Portal.Hosting;

var app = WebApplication.CreateBuilder(args).AddPortal().Build();
await app.InitializeDatabaseAsync();
app.UsePortalPipeline().MapPortalEndpoints();
await app.RunAsync();

/// <summary>The entry point, visible to the tests' WebApplicationFactory.</summary>
public partial class Program;
