using Bunit;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor.Services;

namespace Portal.Tests.Infrastructure;

/// <summary>bUnit base: MudBlazor services, localisation, and loose JS interop (MudBlazor calls JS we do not assert on).</summary>
public abstract class PortalComponentTest : BunitContext, IAsyncLifetime
{
    protected PortalComponentTest()
    {
        Services.AddMudServices();
        Services.AddLocalization();
        JSInterop.Mode = JSRuntimeMode.Loose;
    }

    Task IAsyncLifetime.InitializeAsync() => Task.CompletedTask;

    // MudBlazor's services are async-disposable only; dispose the container asynchronously first.
    async Task IAsyncLifetime.DisposeAsync() => await DisposeAsync();
}
