using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Portal.Domain.Data;
using Portal.Domain.Media;

namespace Portal.Domain.Accounts;

/// <summary>Owners edit their own profile, avatar and display preferences.</summary>
public sealed class ProfileService(
    IDbContextFactory<PortalDbContext> contextFactory,
    [FromKeyedServices(AvatarImages.Kind)] ImageStore avatars,
    IOptionsMonitor<AccountOptions> options)
{
    public async Task<OwnerProfile?> GetAsync(string userId, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        return await db.Users.AsNoTracking()
            .Where(u => u.Id == userId)
            .Select(u => new OwnerProfile(u.Id, u.Email ?? "", u.DisplayName, u.City, u.Bio, u.AvatarFile, u.TimeZoneId, u.JoinedAt))
            .SingleOrDefaultAsync(cancellationToken);
    }

    public async Task<Result> UpdateAsync(string userId, ProfileInput input, CancellationToken cancellationToken = default)
    {
        var validation = ProfileProblems.Validate(input);
        if (!validation.Succeeded)
        {
            return validation;
        }

        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        if (ProfileProblems.DisplayNameProblem(input.DisplayName, options.CurrentValue.ReservedWords, await db.IsStaffAsync(userId, cancellationToken)) is { } reserved)
        {
            return Result.Fail(reserved);
        }

        var updated = await db.Users.Where(u => u.Id == userId).ExecuteUpdateAsync(
            set => set
                .SetProperty(u => u.DisplayName, DisplayNames.Normalize(input.DisplayName))
                .SetProperty(u => u.City, string.IsNullOrWhiteSpace(input.City) ? null : input.City.Trim())
                .SetProperty(u => u.Bio, string.IsNullOrWhiteSpace(input.Bio) ? null : input.Bio.Trim())
                .SetProperty(u => u.TimeZoneId, input.TimeZoneId),
            cancellationToken);
        return updated == 1 ? Result.Ok : Result.Fail(ProfileProblems.NotFound);
    }

    /// <summary>
    /// Replaces the avatar. The upload is checked by decoding it (not by its name or type header), then
    /// re-encoded to a square 256 px WebP, so no metadata or payload of the original survives.
    /// </summary>
    public async Task<Result> SetAvatarAsync(string userId, Stream upload, CancellationToken cancellationToken = default)
    {
        var stored = await avatars.SaveAsync(userId, upload, cancellationToken);
        if (!stored.Succeeded)
        {
            return stored;
        }

        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var previous = await db.Users.Where(u => u.Id == userId).Select(u => u.AvatarFile).SingleOrDefaultAsync(cancellationToken);
        var updated = await db.Users.Where(u => u.Id == userId)
            .ExecuteUpdateAsync(set => set.SetProperty(u => u.AvatarFile, stored.Value), cancellationToken);
        if (updated != 1)
        {
            avatars.Delete(stored.Value!);
            return Result.Fail(ProfileProblems.NotFound);
        }

        avatars.Delete(previous);
        return Result.Ok;
    }

    public async Task<Result> RemoveAvatarAsync(string userId, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var previous = await db.Users.Where(u => u.Id == userId).Select(u => u.AvatarFile).SingleOrDefaultAsync(cancellationToken);
        await db.Users.Where(u => u.Id == userId).ExecuteUpdateAsync(set => set.SetProperty(u => u.AvatarFile, (string?)null), cancellationToken);
        avatars.Delete(previous);
        return Result.Ok;
    }

    /// <summary>Remembers the theme and language a signed-in member chose, so they follow them to other devices.</summary>
    public async Task SavePreferencesAsync(string userId, bool? prefersDarkMode, string? culture, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var user = await db.Users.SingleOrDefaultAsync(u => u.Id == userId, cancellationToken);
        if (user is null)
        {
            return;
        }

        user.PrefersDarkMode = prefersDarkMode ?? user.PrefersDarkMode;
        user.PreferredCulture = culture ?? user.PreferredCulture;
        await db.SaveChangesAsync(cancellationToken);
    }
}
