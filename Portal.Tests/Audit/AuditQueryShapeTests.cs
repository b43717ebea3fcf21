using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Domain.Accounts;
using Portal.Domain.Audit;
using Portal.Domain.Data;
using Portal.Tests.Forums;

namespace Portal.Tests.Audit;

/// <summary>A page of the audit log costs a fixed number of SQL commands: the count, the page, and one per kind of target on it.</summary>
public sealed class AuditQueryShapeTests : IAsyncLifetime
{
    private readonly CommandCounter counter = new();
    private AuditWorld world = default!;

    public async Task InitializeAsync() => world = await AuditWorld.CreateAsync(services => services.ConfigureDbContext<PortalDbContext>(o => o.AddInterceptors(counter)));

    public async Task DisposeAsync() => await world.DisposeAsync();

    [Fact]
    public async Task A_full_page_of_every_kind_of_target_takes_at_most_eleven_commands()
    {
        for (var i = 0; i < 30; i++)
        {
            await world.WriteAsync(AuditActions.ThreadLocked, "thread", world.Thread.ThreadId, null);
        }

        await world.WriteEveryActionAsync();
        counter.Reset();

        var page = await world.Log.PageAsync(new AuditQuery());

        Assert.Equal(AuditLog.PageSize, page.Lines.Count);
        Assert.Equal(10, page.Lines.Select(l => l.Target.Kind).Distinct().Count());
        Assert.Contains(page.Lines, l => l.To is not null);
        Assert.InRange(counter.Count, 1, 11);
    }
}
