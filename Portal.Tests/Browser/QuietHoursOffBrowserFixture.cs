using Portal.Tests.Infrastructure;

namespace Portal.Tests.Browser;

/// <summary>A <see cref="BrowserFixture"/> whose app has no quiet hours, so a message sent at any real time of day arrives at once.</summary>
public sealed class QuietHoursOffBrowserFixture : BrowserFixture
{
    public QuietHoursOffBrowserFixture()
        : base(PortalAppFactory.With(new Dictionary<string, string?>
        {
            ["Portal:Messaging:QuietHoursStart"] = "00:00:00",
            ["Portal:Messaging:QuietHoursEnd"] = "00:00:00",
        }))
    {
    }
}
