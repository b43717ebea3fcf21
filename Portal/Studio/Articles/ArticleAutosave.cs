namespace Portal.Studio.Articles;

/// <summary>
/// The autosave's timer: each edit restarts it, and <see cref="Delay"/> after the last one it asks for a save. It runs on
/// the injected <see cref="TimeProvider"/>, so a test moves a fake clock instead of waiting.
/// </summary>
public sealed class ArticleAutosave(TimeProvider clock, Func<Task> due) : IDisposable
{
    public static readonly TimeSpan Delay = TimeSpan.FromSeconds(3);

    private ITimer? timer;

    public void Restart()
    {
        timer?.Dispose();
        timer = clock.CreateTimer(_ => _ = due(), null, Delay, Timeout.InfiniteTimeSpan);
    }

    public void Stop()
    {
        timer?.Dispose();
        timer = null;
    }

    public void Dispose() => Stop();
}
