namespace Portal.Domain.Seeding;

/// <summary>
/// One part of the demo community. Later features (forums, articles, events) add a step; steps run in
/// <see cref="Order"/> against an empty database, each after the members exist.
/// </summary>
public interface IDemoSeedStep
{
    int Order { get; }

    /// <summary>
    /// True for a step that goes through a feature's own services (which open their own contexts and transactions,
    /// as articles do through the Studio): it runs after the seeding transaction commits, in <see cref="Order"/>.
    /// </summary>
    bool AfterCommit => false;

    Task SeedAsync(DemoSeedContext context, CancellationToken cancellationToken);
}
