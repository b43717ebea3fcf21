namespace ActivityFanout;

internal sealed record FanoutResult(string Client, string Where, int HubClients, int Messages, double ConnectSeconds, double P50Ms, double P95Ms, double P99Ms, double MaxMs, int Missing, double ServerWriteP50Ms, double ServerWriteP99Ms);
