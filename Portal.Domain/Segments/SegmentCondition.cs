using System.Text.Json.Serialization;

namespace Portal.Domain.Segments;

/// <summary>
/// One node of a segment's condition tree: a group (<see cref="SegmentGroup"/>), a profile condition or a behaviour over
/// a window (<see cref="BehaviourCondition"/>). Stored as JSON with a <c>type</c> discriminator, so a saved segment keeps
/// loading when a kind of condition is added. <see cref="Not"/> turns any node around ("did not", "is not").
/// </summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "type")]
[JsonDerivedType(typeof(SegmentGroup), "group")]
[JsonDerivedType(typeof(OwnsModelCondition), "ownsModel")]
[JsonDerivedType(typeof(VerifiedOwnerCondition), "verifiedOwner")]
[JsonDerivedType(typeof(RegionCondition), "region")]
[JsonDerivedType(typeof(AccountAgeCondition), "accountAge")]
[JsonDerivedType(typeof(StageCondition), "stage")]
[JsonDerivedType(typeof(LanguageCondition), "language")]
[JsonDerivedType(typeof(CarWithoutVinCondition), "carWithoutVin")]
[JsonDerivedType(typeof(ActivityCondition), "activity")]
[JsonDerivedType(typeof(ViewedBoardCondition), "viewedBoard")]
[JsonDerivedType(typeof(ViewedCategoryCondition), "viewedCategory")]
[JsonDerivedType(typeof(EventCondition), "event")]
public abstract record SegmentCondition
{
    /// <summary>Members who do NOT match the condition (for a behaviour: did not, or fewer than <see cref="BehaviourCondition.AtLeast"/> times).</summary>
    [JsonPropertyName("not")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public bool Not { get; init; }
}
