using System.Security.Claims;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Server.Circuits;
using Portal.Domain.Activity;

namespace Portal.Activity;

/// <summary>Counts each live Blazor circuit in <see cref="PresenceTracker"/> while its connection is up.</summary>
public sealed class PresenceCircuitHandler(PresenceTracker presence, AuthenticationStateProvider authentication) : CircuitHandler
{
    public override async Task OnConnectionUpAsync(Circuit circuit, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(circuit);
        var state = await authentication.GetAuthenticationStateAsync();
        presence.Connect("circuit:" + circuit.Id, state.User.FindFirstValue(ClaimTypes.NameIdentifier));
    }

    public override Task OnConnectionDownAsync(Circuit circuit, CancellationToken cancellationToken) => GoneAsync(circuit);

    public override Task OnCircuitClosedAsync(Circuit circuit, CancellationToken cancellationToken) => GoneAsync(circuit);

    private Task GoneAsync(Circuit circuit)
    {
        ArgumentNullException.ThrowIfNull(circuit);
        presence.Disconnect("circuit:" + circuit.Id);
        return Task.CompletedTask;
    }
}
