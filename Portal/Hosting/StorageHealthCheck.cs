using Microsoft.Extensions.Diagnostics.HealthChecks;
using Portal.Domain.Data;

namespace Portal.Hosting;

/// <summary>/healthz's "storage" check: red when Portal cannot write (read-only database, full disk), with the reason.</summary>
internal sealed class StorageHealthCheck(StorageProbe probe) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        await probe.CheckAsync(cancellationToken) is { } problem
            ? HealthCheckResult.Unhealthy(problem)
            : HealthCheckResult.Healthy();
}
