using System.Diagnostics.CodeAnalysis;
using Microsoft.AspNetCore.Identity;

namespace Portal.Domain.Accounts;

/// <summary>What <see cref="Registration.RegisterAsync"/> did: the new member, or Identity's reasons for refusing.</summary>
public sealed record RegistrationResult(IdentityResult Identity, PortalUser? Member)
{
    [MemberNotNullWhen(true, nameof(Member))]
    public bool Succeeded => Identity.Succeeded && Member is not null;
}
