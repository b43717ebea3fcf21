using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Portal.Domain.Accounts;
using Portal.Domain.Seeding;

namespace Portal.Domain.Audit;

/// <summary>
/// The demo's audit history, from what the steps before it made, as the writers would have recorded it: the operator made
/// the editors' account an Editor and verified every verified car; the editors marked each thread's official answer.
/// </summary>
internal sealed class AuditSeedStep : IDemoSeedStep
{
    public int Order => 150;

    public async Task SeedAsync(DemoSeedContext context, CancellationToken cancellationToken)
    {
        var db = context.Db;
        var editor = context.Members.Single(m => m.Email == DemoAccounts.EditorEmail);
        var operatorId = context.Members.Single(m => m.Email == DemoAccounts.OperatorEmail).Id;
        var entries = new List<AuditEntry>
        {
            new() { ActorId = operatorId, Action = AuditActions.RoleGranted, TargetType = "Member", TargetId = editor.Id, Detail = Roles.Editor, At = editor.JoinedAt.AddHours(1) },
        };
        var cars = await db.Vehicles.AsNoTracking().Where(v => v.VerifiedAt != null && v.VerifiedById != null)
            .Select(v => new { v.Id, v.OwnerId, v.VerifiedById, v.VerifiedAt }).ToListAsync(cancellationToken);
        entries.AddRange(cars.Select(v => new AuditEntry
        {
            ActorId = v.VerifiedById!,
            Action = AuditActions.VehicleVerified,
            TargetType = nameof(Garage.Vehicle),
            TargetId = v.Id.ToString(CultureInfo.InvariantCulture),
            Detail = $"owner {v.OwnerId}",
            At = v.VerifiedAt!.Value,
        }));
        var answers = await db.Threads.AsNoTracking().Where(t => t.OfficialPostId != null)
            .Select(t => new { Post = t.OfficialPostId!.Value, t.LastActivityAt }).ToListAsync(cancellationToken);
        entries.AddRange(answers.Select(a => new AuditEntry
        {
            ActorId = editor.Id,
            Action = AuditActions.OfficialAnswer,
            TargetType = "post",
            TargetId = a.Post.ToString(CultureInfo.InvariantCulture),
            At = a.LastActivityAt.AddHours(1) < context.Now ? a.LastActivityAt.AddHours(1) : context.Now,
        }));
        db.AuditEntries.AddRange(entries);
    }
}
