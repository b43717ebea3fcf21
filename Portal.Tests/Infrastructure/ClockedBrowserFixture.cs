using Microsoft.Extensions.Time.Testing;

namespace Portal.Tests.Infrastructure;

/// <summary>
/// A <see cref="BrowserFixture"/> whose app runs on a fake clock that starts at the real time, for journeys that wait
/// for something scheduled (an article going live): the test moves <see cref="Clock"/> forward instead of sleeping.
/// </summary>
public sealed class ClockedBrowserFixture : BrowserFixture
{
    public ClockedBrowserFixture()
        : this(new FakeTimeProvider(DateTimeOffset.UtcNow))
    {
    }

    private ClockedBrowserFixture(FakeTimeProvider clock)
        : base(PortalAppFactory.WithClock(clock)) => Clock = clock;

    public FakeTimeProvider Clock { get; }
}
