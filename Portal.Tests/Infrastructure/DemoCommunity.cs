using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Domain.Accounts;
using Portal.Domain.Data;

namespace Portal.Tests.Infrastructure;

/// <summary>Finding people and threads in a running app's demo community, for tests that act as them.</summary>
public static class DemoCommunity
{
    private static readonly string[] StaffRoles = ["role-editor", "role-operator"];

    public static async Task<string> IdOfAsync(this PortalAppFactory app, string email)
    {
        ArgumentNullException.ThrowIfNull(app);
        await using var scope = app.Services.CreateAsyncScope();
        return (await scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>().FindByEmailAsync(email))!.Id;
    }

    /// <summary>The e-mail of the <paramref name="skip"/>-th demo owner (by e-mail) who holds no staff role; tests take different ones so posting cool-downs never meet.</summary>
    public static async Task<string> PlainOwnerEmailAsync(this PortalAppFactory app, int skip = 0)
    {
        await using var db = await ContextAsync(app);
        return await db.Users
            .Where(u => u.Email!.EndsWith("@owners.portal.test") && !db.UserRoles.Any(r => r.UserId == u.Id && StaffRoles.Contains(r.RoleId)))
            .OrderBy(u => u.Email)
            .Skip(skip)
            .Select(u => u.Email!)
            .FirstAsync();
    }

    /// <summary>The <paramref name="skip"/>-th open, visible thread (by id) with fewer than <paramref name="maxPosts"/> posts.</summary>
    public static async Task<(long Id, string Slug)> OpenThreadAsync(this PortalAppFactory app, int skip = 0, int maxPosts = int.MaxValue)
    {
        await using var db = await ContextAsync(app);
        var thread = await db.Threads.Where(t => !t.IsLocked && !t.IsHidden && t.PostCount < maxPosts).OrderBy(t => t.Id).Skip(skip).Select(t => new { t.Id, t.Slug }).FirstAsync();
        return (thread.Id, thread.Slug);
    }

    private static async Task<PortalDbContext> ContextAsync(PortalAppFactory app)
    {
        ArgumentNullException.ThrowIfNull(app);
        return await app.Services.GetRequiredService<IDbContextFactory<PortalDbContext>>().CreateDbContextAsync();
    }
}
