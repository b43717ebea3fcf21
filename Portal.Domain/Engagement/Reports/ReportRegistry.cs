namespace Portal.Domain.Engagement.Reports;

/// <summary>Every registered report by name: what the console's CSV export endpoint serves.</summary>
public sealed class ReportRegistry(IEnumerable<ReportRegistration> registrations)
{
    private readonly Dictionary<string, ReportSource> sources = registrations.ToDictionary(r => r.Name, r => r.Source, StringComparer.Ordinal);

    public IEnumerable<string> Names => sources.Keys;

    public ReportSource? Find(string name) => sources.GetValueOrDefault(name);
}
