namespace Portal.Domain.Seeding;

/// <summary>
/// One part of the demo community. Later features (forums, articles, events) add a step; steps run in
/// <see cref="Order"/> against an empty database, each after the members exist.
/// </summary>
public interface IDemoSeedStep
{
    int Order { get; }

    Task SeedAsync(DemoSeedContext context, CancellationToken cancellationToken);
}
