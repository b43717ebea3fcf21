using Microsoft.AspNetCore.Mvc.Testing;

namespace Portal.Tests.Infrastructure;

public static class PortalAppFactoryExtensions
{
    /// <summary>A client that keeps cookies and does not follow redirects, so tests see each 302.</summary>
    public static FormClient CreateFormClient(this PortalAppFactory factory) =>
        new(factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true }));
}
