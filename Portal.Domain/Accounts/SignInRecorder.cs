using Portal.Domain.Engagement;

namespace Portal.Domain.Accounts;

/// <summary>Counts a completed sign-in (after the password, two-factor or recovery-code step that finished it).</summary>
public sealed class SignInRecorder(IEngagementRecorder engagement, TimeProvider clock)
{
    public void Record(PortalUser? user)
    {
        if (user is not null)
        {
            engagement.Record(new EngagementSignal(EngagementKinds.SignedIn, user.Id, "member", user.Id, clock.GetUtcNow()));
        }
    }
}
