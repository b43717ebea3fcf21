using Microsoft.EntityFrameworkCore;
using Portal.Domain.Accounts;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Accounts;

/// <summary>Who may grant and revoke staff roles, and what a change writes.</summary>
public sealed class RoleRulesTests : IAsyncLifetime
{
    private TestDatabase db = default!;

    public async Task InitializeAsync() => db = await TestDatabase.CreateAsync();

    public async Task DisposeAsync() => await db.DisposeAsync();

    [Theory]
    [InlineData(Roles.Editor, true)]
    [InlineData(Roles.Editor, false)]
    [InlineData(Roles.Operator, true)]
    public void Check_refuses_a_non_operator(string role, bool grant) =>
        Assert.Equal(RoleProblems.NotAllowed, RoleAdminService.Check("actor", actorIsOperator: false, "target", role, grant)?.Code);

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Check_refuses_changing_the_owner_role(bool grant) =>
        Assert.Equal(RoleProblems.OwnerIsImplicit, RoleAdminService.Check("actor", actorIsOperator: true, "target", Roles.Owner, grant)?.Code);

    [Theory]
    [InlineData("Admin")]
    [InlineData("editor")] // role names are exact
    [InlineData("")]
    public void Check_refuses_an_unknown_role_and_names_it(string role)
    {
        var problem = RoleAdminService.Check("actor", actorIsOperator: true, "target", role, grant: true);

        Assert.Equal(RoleProblems.UnknownRole, problem?.Code);
        Assert.Equal([role], problem!.Args);
    }

    [Fact]
    public void Check_refuses_an_operator_revoking_their_own_operator_role() =>
        Assert.Equal(RoleProblems.CannotRevokeOwnOperator, RoleAdminService.Check("op", actorIsOperator: true, "op", Roles.Operator, grant: false)?.Code);

    [Theory]
    [InlineData("op", "other", Roles.Operator, false)] // revoking another operator
    [InlineData("op", "op", Roles.Editor, false)] // dropping one's own Editor role
    [InlineData("op", "op", Roles.Operator, true)]
    [InlineData("op", "other", Roles.Editor, true)]
    public void Check_allows_an_operator_other_changes(string actor, string target, string role, bool grant) =>
        Assert.Null(RoleAdminService.Check(actor, actorIsOperator: true, target, role, grant));

    [Fact]
    public async Task SetRoleAsync_grant_writes_the_role_and_one_audit_entry()
    {
        var op = await db.CreateMemberAsync("Operator One", Roles.Operator);
        var member = await db.CreateMemberAsync("Member One");

        var result = await db.Get<RoleAdminService>().SetRoleAsync(op, member, Roles.Editor, grant: true);

        Assert.True(result.Succeeded);
        await using var read = db.CreateDbContext();
        Assert.Equal([Roles.Editor, Roles.Owner], await RoleNamesAsync(read, member));
        var audit = Assert.Single(await read.AuditEntries.ToListAsync());
        Assert.Equal(op, audit.ActorId);
        Assert.Equal(AuditActions.RoleGranted, audit.Action);
        Assert.Equal("Member", audit.TargetType);
        Assert.Equal(member, audit.TargetId);
        Assert.Equal(Roles.Editor, audit.Detail);
        Assert.Equal(TestDatabase.Start, audit.At);
    }

    [Fact]
    public async Task SetRoleAsync_revoke_removes_the_role_and_audits_it()
    {
        var op = await db.CreateMemberAsync("Operator One", Roles.Operator);
        var editor = await db.CreateMemberAsync("Editor One", Roles.Editor);

        var result = await db.Get<RoleAdminService>().SetRoleAsync(op, editor, Roles.Editor, grant: false);

        Assert.True(result.Succeeded);
        await using var read = db.CreateDbContext();
        Assert.Equal([Roles.Owner], await RoleNamesAsync(read, editor));
        Assert.Equal(AuditActions.RoleRevoked, Assert.Single(await read.AuditEntries.ToListAsync()).Action);
    }

    [Fact]
    public async Task SetRoleAsync_by_a_non_operator_writes_neither_role_nor_audit()
    {
        var editor = await db.CreateMemberAsync("Editor One", Roles.Editor);
        var member = await db.CreateMemberAsync("Member One");

        var result = await db.Get<RoleAdminService>().SetRoleAsync(editor, member, Roles.Operator, grant: true);

        Assert.Equal(RoleProblems.NotAllowed, Assert.Single(result.Problems).Code);
        await using var read = db.CreateDbContext();
        Assert.Equal([Roles.Owner], await RoleNamesAsync(read, member));
        Assert.Empty(await read.AuditEntries.ToListAsync());
    }

    [Fact]
    public async Task SetRoleAsync_operator_cannot_revoke_own_operator_role_and_nothing_is_written()
    {
        var op = await db.CreateMemberAsync("Operator One", Roles.Operator);

        var result = await db.Get<RoleAdminService>().SetRoleAsync(op, op, Roles.Operator, grant: false);

        Assert.Equal(RoleProblems.CannotRevokeOwnOperator, Assert.Single(result.Problems).Code);
        await using var read = db.CreateDbContext();
        Assert.Equal([Roles.Operator, Roles.Owner], await RoleNamesAsync(read, op));
        Assert.Empty(await read.AuditEntries.ToListAsync());
    }

    [Fact]
    public async Task SetRoleAsync_refuses_an_unknown_member()
    {
        var op = await db.CreateMemberAsync("Operator One", Roles.Operator);

        var result = await db.Get<RoleAdminService>().SetRoleAsync(op, "no-such-member", Roles.Editor, grant: true);

        Assert.Equal(RoleProblems.UnknownMember, Assert.Single(result.Problems).Code);
        await using var read = db.CreateDbContext();
        Assert.Empty(await read.AuditEntries.ToListAsync());
        Assert.False(await read.UserRoles.AnyAsync(ur => ur.UserId == "no-such-member"));
    }

    [Fact]
    public async Task SetRoleAsync_granting_twice_is_idempotent_with_one_audit_entry()
    {
        var op = await db.CreateMemberAsync("Operator One", Roles.Operator);
        var member = await db.CreateMemberAsync("Member One");
        var roles = db.Get<RoleAdminService>();

        Assert.True((await roles.SetRoleAsync(op, member, Roles.Editor, grant: true)).Succeeded);
        Assert.True((await roles.SetRoleAsync(op, member, Roles.Editor, grant: true)).Succeeded);

        await using var read = db.CreateDbContext();
        Assert.Equal([Roles.Editor, Roles.Owner], await RoleNamesAsync(read, member));
        Assert.Single(await read.AuditEntries.ToListAsync());
    }

    [Fact]
    public async Task The_audit_log_names_actor_and_member_newest_first()
    {
        var op = await db.CreateMemberAsync("Operator One", Roles.Operator);
        var member = await db.CreateMemberAsync("Member One");
        var roles = db.Get<RoleAdminService>();
        await roles.SetRoleAsync(op, member, Roles.Editor, grant: true);
        db.Clock.Advance(TimeSpan.FromMinutes(5));
        await roles.SetRoleAsync(op, member, Roles.Editor, grant: false);

        var audit = await db.Get<Portal.Domain.Audit.AuditLog>().LatestAsync(10);

        Assert.Equal([AuditActions.RoleRevoked, AuditActions.RoleGranted], audit.Select(a => a.Action));
        Assert.All(audit, line => Assert.Equal(("Operator One", "Member One", Roles.Editor), (line.Actor.Name, line.Target.Name, line.Note)));
    }

    private static async Task<List<string>> RoleNamesAsync(Portal.Domain.Data.PortalDbContext read, string userId) =>
        await read.UserRoles.Where(ur => ur.UserId == userId)
            .Join(read.Roles, ur => ur.RoleId, r => r.Id, (_, r) => r.Name!)
            .OrderBy(n => n)
            .ToListAsync();
}
