using System.Security.Claims;

namespace Portal.Domain.Activity;

/// <summary>Who may join <c>{TargetType}:{id}</c>; a feature (events, say) registers one for its own groups.</summary>
public interface IActivityGroupRule
{
    string TargetType { get; }

    Task<bool> MayJoinAsync(ClaimsPrincipal user, string id);
}
