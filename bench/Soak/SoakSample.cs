namespace Soak;

/// <summary>One sampling window: what the load did in it and the server's memory at its end.</summary>
internal sealed record SoakSample(
    double Minute,
    bool WarmUp,
    long PageViews,
    double PageP50Ms,
    double PageP95Ms,
    long ServerErrors,
    long ServerErrorsLogged,
    long OtherFailures,
    long Posts,
    long Threads,
    double PostP50Ms,
    long Registrations,
    long EventSignups,
    long LiveConnects,
    long LiveMessages,
    double WorkingSetMb,
    double HeapMb,
    double LiveHeapMb,
    int Gen2Collections,
    int ThreadPoolThreads);
