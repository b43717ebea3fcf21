namespace ActivityFanout;

internal sealed record CircuitResult(int Circuits, double SubscriptionsPerCircuit, double HeapKiBPerCircuit, double OpenSeconds);
