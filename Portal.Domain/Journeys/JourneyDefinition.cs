using System.Text.Json;
using System.Text.Json.Serialization;

namespace Portal.Domain.Journeys;

/// <summary>What a journey does, stored per version as JSON: its trigger, its steps in order and its goal.</summary>
public sealed class JourneyDefinition
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    public JourneyTrigger Trigger { get; set; } = new();

    public List<JourneyStep> Steps { get; set; } = [];

    public JourneyGoal Goal { get; set; } = new();

    public string ToJson() => JsonSerializer.Serialize(this, Json);

    public static JourneyDefinition FromJson(string json) => JsonSerializer.Deserialize<JourneyDefinition>(json, Json) ?? new JourneyDefinition();

    /// <summary>A deep copy (through JSON), for an editor to change without touching the stored one.</summary>
    public JourneyDefinition Copy() => FromJson(ToJson());
}
