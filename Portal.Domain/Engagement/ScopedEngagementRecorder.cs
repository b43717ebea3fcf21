namespace Portal.Domain.Engagement;

/// <summary>
/// The <see cref="IEngagementRecorder"/> features get: stamps the scope's visitor id (for anonymous signals) and device
/// class, drops everything for a visitor who asked not to be tracked, and hands the rest to the pipeline without waiting.
/// </summary>
internal sealed class ScopedEngagementRecorder(EngagementPipeline pipeline, EngagementVisitorContext visitor) : IEngagementRecorder
{
    public void Record(EngagementSignal signal)
    {
        ArgumentNullException.ThrowIfNull(signal);
        var current = visitor.Current;
        if (current.Suppressed)
        {
            return;
        }

        pipeline.Offer(signal with
        {
            VisitorId = signal.MemberId is null ? signal.VisitorId ?? current.VisitorId : null,
            Device = signal.Device == DeviceClass.Unknown ? current.Device : signal.Device,
        });
    }
}
