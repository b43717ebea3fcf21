using Portal.Domain.Engagement;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using Portal.Domain.Activity;
using Portal.Domain.Data;

namespace Portal.Domain.Accounts;

/// <summary>
/// A new member joins: the account and its Owner role are written in one transaction (both or neither), and
/// <c>member.joined</c> goes on the bus after the commit, like every other use case.
/// </summary>
public sealed class Registration(
    UserManager<PortalUser> users,
    PortalDbContext db,
    IActivityBus bus,
    IEngagementRecorder engagement,
    IOptionsMonitor<AccountOptions> options,
    TimeProvider clock)
{
    /// <summary>
    /// Identity's own errors (a taken email, a refused password) come back as they are, with nothing written. Marketing
    /// consent is opt-in: only a member who ticked the box (<paramref name="marketingConsent"/>) has it from the start.
    /// A display name the rules refuse (<see cref="DisplayNames"/>) comes back as an Identity error with the problem's code.
    /// </summary>
    public async Task<RegistrationResult> RegisterAsync(string displayName, string email, string password, bool marketingConsent = false, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(displayName);
        if (ProfileProblems.DisplayNameProblem(displayName, options.CurrentValue.ReservedWords, isStaff: false) is { } problem)
        {
            return new RegistrationResult(IdentityResult.Failed(new IdentityError { Code = problem.Code, Description = "This display name cannot be used." }), null);
        }

        var joinedAt = clock.GetUtcNow();
        var member = new PortalUser
        {
            UserName = email,
            Email = email,
            DisplayName = DisplayNames.Normalize(displayName),
            JoinedAt = joinedAt,
            MarketingConsentAt = marketingConsent ? joinedAt : null,
        };

        // The user store saves through this scope's context, so both writes join this transaction.
        await using (var transaction = await db.Database.BeginTransactionAsync(cancellationToken))
        {
            var created = await users.CreateAsync(member, password);
            var result = created.Succeeded ? await users.AddToRoleAsync(member, Roles.Owner) : created;
            if (!result.Succeeded)
            {
                await transaction.RollbackAsync(cancellationToken);
                return new RegistrationResult(result, null);
            }

            await transaction.CommitAsync(cancellationToken);
        }

        engagement.Record(new EngagementSignal(EngagementKinds.Registered, member.Id, "member", member.Id, member.JoinedAt));
        var target = new ActivityTarget(ActivityTarget.Member, member.Id, member.DisplayName, MemberUrls.Profile(member.Id));
        await bus.PublishAsync(new ActivityEvent(ActivityKinds.MemberJoined, member.Id, member.DisplayName, target, ActivityAudience.Everyone, member.JoinedAt), CancellationToken.None);
        return new RegistrationResult(IdentityResult.Success, member);
    }
}
