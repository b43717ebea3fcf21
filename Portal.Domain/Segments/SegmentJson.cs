using System.Text.Json;
using System.Text.Json.Serialization;

namespace Portal.Domain.Segments;

/// <summary>The one JSON form of a <see cref="SegmentDefinition"/> (camelCase, enums by name, a <c>type</c> on every node).</summary>
public static class SegmentJson
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
        AllowOutOfOrderMetadataProperties = true,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    public static string Write(SegmentDefinition definition) => JsonSerializer.Serialize(definition, Options);

    /// <summary>Reads a definition; throws <see cref="JsonException"/> when the text is not one.</summary>
    public static SegmentDefinition Read(string json) =>
        JsonSerializer.Deserialize<SegmentDefinition>(json, Options) ?? throw new JsonException("A segment definition cannot be null.");
}
