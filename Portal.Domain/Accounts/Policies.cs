using Microsoft.AspNetCore.Authorization;

namespace Portal.Domain.Accounts;

/// <summary>Every named authorization policy in Portal. Pages and endpoints refer to these names only.</summary>
public static class Policies
{
    /// <summary>Any signed-in member.</summary>
    public const string Member = nameof(Member);

    /// <summary>Editors and operators: the Studio (articles, events).</summary>
    public const string CanPublish = nameof(CanPublish);

    /// <summary>Editors and operators: moderation of forums and reports.</summary>
    public const string CanModerate = nameof(CanModerate);

    /// <summary>Operators: console, members and roles, vehicle verification.</summary>
    public const string CanOperate = nameof(CanOperate);

    public static void Configure(AuthorizationOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.AddPolicy(Member, p => p.RequireAuthenticatedUser());
        options.AddPolicy(CanPublish, p => p.RequireStaff());
        options.AddPolicy(CanModerate, p => p.RequireStaff());
        options.AddPolicy(CanOperate, p => p.RequireRole(Roles.Operator));
    }
}
