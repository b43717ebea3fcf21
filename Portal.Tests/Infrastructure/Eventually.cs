using System.Diagnostics;

namespace Portal.Tests.Infrastructure;

/// <summary>
/// The one way tests wait for something to arrive (a delivery on the bus, a count, a SignalR message), with one
/// generous timeout. On a loaded 2-core machine a delivery can take seconds, so a short per-test timeout makes a
/// flaky test; a wait that passes returns as soon as its condition holds, so the long timeout only costs time when a
/// test is failing anyway. bUnit's WaitFor and Playwright's expectations use the same <see cref="Timeout"/>.
/// Checks that something does NOT arrive never wait a fixed time: they wait here for a later sentinel that travels the
/// same ordered path (see README, "The bus"), then assert the unwanted item never came.
/// </summary>
public static class Eventually
{
    /// <summary>How long any wait in the suite may take before the test fails.</summary>
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(15);

    private static readonly TimeSpan Poll = TimeSpan.FromMilliseconds(25);

    /// <summary>Polls <paramref name="condition"/> until it holds; fails with <paramref name="what"/> after <see cref="Timeout"/>.</summary>
    public static Task TrueAsync(Func<bool> condition, string what)
    {
        ArgumentNullException.ThrowIfNull(condition);
        return TrueAsync(() => Task.FromResult(condition()), what);
    }

    /// <summary>As <see cref="TrueAsync(Func{bool}, string)"/>, for a condition that has to read something (a database, a service).</summary>
    public static async Task TrueAsync(Func<Task<bool>> condition, string what)
    {
        ArgumentNullException.ThrowIfNull(condition);
        var waited = Stopwatch.StartNew();
        while (!await condition())
        {
            if (waited.Elapsed > Timeout)
            {
                Assert.Fail($"Waited {Timeout.TotalSeconds:0} s for {what}.");
            }

            await Task.Delay(Poll);
        }
    }

    /// <summary>The result of <paramref name="task"/> (a completion source a handler sets, say); fails with <paramref name="what"/> after <see cref="Timeout"/>.</summary>
    public static async Task<T> ArrivesAsync<T>(Task<T> task, string what)
    {
        ArgumentNullException.ThrowIfNull(task);
        await ArrivesAsync((Task)task, what);
        return await task;
    }

    /// <summary>As <see cref="ArrivesAsync{T}(Task{T}, string)"/>, for a task with no result.</summary>
    public static async Task ArrivesAsync(Task task, string what)
    {
        ArgumentNullException.ThrowIfNull(task);
        using var patience = new CancellationTokenSource();
        var finished = await Task.WhenAny(task, Task.Delay(Timeout, patience.Token));
        await patience.CancelAsync();
        Assert.True(finished == task, $"Waited {Timeout.TotalSeconds:0} s for {what}.");
        await task;
    }
}
