using Portal.Domain.Accounts;
using Portal.Domain.Data;

namespace Portal.Domain.Seeding;

/// <summary>What a seed step shares with the ones after it. The random source is seeded, so every run seeds the same community.</summary>
public sealed class DemoSeedContext(PortalDbContext db, TimeProvider clock)
{
    public const int RandomSeed = 2026;

    public PortalDbContext Db { get; } = db;

    public Random Random { get; } = new(RandomSeed);

    /// <summary>
    /// A second seeded source for the wording of filler replies only, so varying the text never shifts what
    /// <see cref="Random"/> picks (authors, times, reactions, which reply from the pool).
    /// </summary>
    public Random Wording { get; } = new(RandomSeed + 1);

    public DateTimeOffset Now { get; } = clock.GetUtcNow();

    /// <summary>Every seeded member, demo accounts first.</summary>
    public List<PortalUser> Members { get; } = [];
}
