using Portal.Domain.Accounts;
using Portal.Domain.Audit;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Audit;

/// <summary>The demo community has an audit history to read, every entry naming something that exists.</summary>
public sealed class AuditSeedTests
{
    [Fact]
    public async Task The_demo_log_has_role_verification_answer_and_announcement_entries_that_all_resolve()
    {
        await using var database = await TestDatabase.CreateSeededAsync();
        var log = database.Get<AuditLog>();

        var first = await log.PageAsync(new AuditQuery());

        Assert.True(first.Total > AuditLog.PageSize, $"{first.Total} entries");
        foreach (var action in new[] { AuditActions.RoleGranted, AuditActions.VehicleVerified, AuditActions.OfficialAnswer, AuditActions.AnnouncementScheduled })
        {
            var lines = (await log.PageAsync(new AuditQuery(Action: action))).Lines;
            Assert.NotEmpty(lines);
            Assert.All(lines, l => Assert.False(l.Target.Deleted || l.Actor.Deleted, $"{action} {l.Target.Id}"));
        }

        var verified = (await log.PageAsync(new AuditQuery(Action: AuditActions.VehicleVerified))).Lines[0];
        var car = verified.Target;
        Assert.Equal("Community Ops", verified.Actor.Name);
        Assert.StartsWith("Aurelia ", car.Name, StringComparison.Ordinal);
        Assert.NotNull(car.OwnerName);
    }
}
