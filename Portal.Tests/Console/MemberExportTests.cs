using System.Net;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Domain.Accounts;
using Portal.Domain.Data;
using Portal.Domain.Seeding;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Console;

/// <summary>The members list's CSV over HTTP: the filters of the page, UTF-8 with a BOM through the one writer, audited.</summary>
public sealed class MemberExportTests(PortalAppFactory factory) : IClassFixture<PortalAppFactory>
{
    [Fact]
    public async Task An_operator_downloads_the_filtered_list_and_the_download_is_audited()
    {
        var client = factory.CreateFormClient();
        Assert.Equal(HttpStatusCode.Found, (await client.SignInAsync(DemoAccounts.OperatorEmail, DemoAccounts.Password)).StatusCode);

        using var response = await client.Http.GetAsync("/console/members.csv?role=Editor");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType!.MediaType);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal(Encoding.UTF8.GetPreamble(), bytes[..3]);
        var lines = Encoding.UTF8.GetString(bytes[3..]).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("Name,Email,City,Staff roles,Cars,Verified cars,Joined", lines[0]);
        var editor = Assert.Single(lines[1..]);
        Assert.StartsWith($"Aurelia Editorial,{DemoAccounts.EditorEmail},Shanghai,Editor,", editor, StringComparison.Ordinal);

        await using var scope = factory.Services.CreateAsyncScope();
        await using var db = await scope.ServiceProvider.GetRequiredService<IDbContextFactory<PortalDbContext>>().CreateDbContextAsync();
        var audit = await db.AuditEntries.Where(a => a.Action == AuditActions.ConsoleExported && a.TargetId == MemberDirectory.ExportName).SingleAsync();
        Assert.Equal("role=Editor", audit.Detail);
    }
}
