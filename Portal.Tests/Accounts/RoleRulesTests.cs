using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Domain.Accounts;
using Portal.Domain.Data;
using Portal.Domain.Seeding;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Accounts;

public sealed class RoleRulesTests(PortalAppFactory factory) : IClassFixture<PortalAppFactory>
{
    [Theory]
    [InlineData(false, "target", Roles.Editor, true, RoleProblems.NotAllowed)]
    [InlineData(true, "target", Roles.Owner, false, RoleProblems.OwnerIsImplicit)]
    [InlineData(true, "target", "Admin", true, RoleProblems.UnknownRole)]
    [InlineData(true, "actor", Roles.Operator, false, RoleProblems.CannotRevokeOwnOperator)]
    public void Check_refuses_with_the_reason(bool actorIsOperator, string target, string role, bool grant, string expected) =>
        Assert.Equal(expected, RoleAdminService.Check("actor", actorIsOperator, target, role, grant)?.Code);

    [Theory]
    [InlineData("target", Roles.Editor, true)]
    [InlineData("target", Roles.Operator, false)]
    [InlineData("actor", Roles.Editor, false)]
    public void Check_allows_operators_to_manage_staff_roles(string target, string role, bool grant) =>
        Assert.Null(RoleAdminService.Check("actor", actorIsOperator: true, target, role, grant));

    [Fact]
    public async Task Granting_a_role_writes_the_role_and_one_audit_entry_and_is_idempotent()
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var roles = scope.ServiceProvider.GetRequiredService<RoleAdminService>();
        var operatorId = await IdOfAsync(db, DemoAccounts.OperatorEmail);
        var ownerId = await IdOfAsync(db, DemoAccounts.OwnerEmail);

        Assert.True((await roles.SetRoleAsync(operatorId, ownerId, Roles.Editor, grant: true)).Succeeded);
        Assert.True((await roles.SetRoleAsync(operatorId, ownerId, Roles.Editor, grant: true)).Succeeded);

        Assert.Equal(1, await db.UserRoles.CountAsync(ur => ur.UserId == ownerId && ur.RoleId == "role-editor"));
        Assert.Equal(1, await db.AuditEntries.CountAsync(a => a.TargetId == ownerId && a.Action == AuditActions.RoleGranted));
        Assert.True((await roles.SetRoleAsync(operatorId, ownerId, Roles.Editor, grant: false)).Succeeded);
    }

    [Fact]
    public async Task A_refused_role_change_writes_nothing()
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var roles = scope.ServiceProvider.GetRequiredService<RoleAdminService>();
        var editorId = await IdOfAsync(db, DemoAccounts.EditorEmail);
        var ownerId = await IdOfAsync(db, DemoAccounts.OwnerEmail);
        var auditBefore = await db.AuditEntries.CountAsync();

        var result = await roles.SetRoleAsync(editorId, ownerId, Roles.Operator, grant: true);

        Assert.Equal(RoleProblems.NotAllowed, result.Problems.Single().Code);
        Assert.False(await db.UserRoles.AnyAsync(ur => ur.UserId == ownerId && ur.RoleId == "role-operator"));
        Assert.Equal(auditBefore, await db.AuditEntries.CountAsync());
    }

    private static Task<string> IdOfAsync(PortalDbContext db, string email) =>
        db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync();
}
