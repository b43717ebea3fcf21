namespace Portal.Domain.Jobs;

/// <summary>
/// What a <see cref="RecurringJob{TWork}"/> runs: a name for the log, how often (read from the options once at start) and
/// one pass over <typeparamref name="TWork"/>, returning how many things it did (logged when more than zero).
/// </summary>
public sealed record RecurringJobDefinition<TWork>(string Name, Func<IServiceProvider, TimeSpan> Interval, Func<TWork, CancellationToken, Task<int>> Pass);
