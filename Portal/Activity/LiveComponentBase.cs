using Microsoft.AspNetCore.Components;
using Portal.Domain.Activity;

namespace Portal.Activity;

/// <summary>
/// A component that listens to the activity bus while it is on screen in a live circuit: subscribe with
/// <see cref="Listen"/> (in <c>OnInitialized</c>), react on the renderer's thread, and the subscription ends in
/// <see cref="Dispose()"/>. Nothing subscribes during prerendering, which has no circuit to update.
/// </summary>
public abstract class LiveComponentBase : ComponentBase, IDisposable
{
    private readonly List<IDisposable> subscriptions = [];

    [Inject]
    private IActivityBus Bus { get; set; } = default!;

    public void Dispose()
    {
        Dispose(true);
        GC.SuppressFinalize(this);
    }

    /// <summary>Calls <paramref name="onActivity"/> on the component's dispatcher, then re-renders.</summary>
    protected void Listen(Func<ActivityEvent, bool> filter, Func<ActivityEvent, Task> onActivity)
    {
        if (!RendererInfo.IsInteractive)
        {
            return;
        }

        subscriptions.Add(Bus.Subscribe(
            activity => new ValueTask(InvokeAsync(async () =>
            {
                await onActivity(activity);
                StateHasChanged();
            })),
            filter));
    }

    protected virtual void Dispose(bool disposing)
    {
        if (disposing)
        {
            foreach (var subscription in subscriptions)
            {
                subscription.Dispose();
            }

            subscriptions.Clear();
        }
    }
}
