using System.Globalization;
using Portal.Domain.Localization;

namespace Portal.Tests.Infrastructure;

/// <summary>Switches the current culture and UI culture to one of Portal's (<see cref="PortalCultures"/>) for a test, and restores both on dispose.</summary>
public sealed class CultureScope : IDisposable
{
    private readonly CultureInfo culture = CultureInfo.CurrentCulture;
    private readonly CultureInfo uiCulture = CultureInfo.CurrentUICulture;

    public CultureScope(string name)
    {
        CultureInfo.CurrentCulture = PortalCultures.For(name);
        CultureInfo.CurrentUICulture = PortalCultures.For(name);
    }

    public void Dispose()
    {
        CultureInfo.CurrentCulture = culture;
        CultureInfo.CurrentUICulture = uiCulture;
    }
}
