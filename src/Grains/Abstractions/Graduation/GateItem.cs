namespace Incubator.Graduation;

/// <summary>One item of the graduation gate: met or not, and whether the platform computed it or the manager recorded it.</summary>
[GenerateSerializer, Immutable, Alias("Incubator.GateItem")]
public sealed record class GateItem(ReviewItem Item, bool Met, bool Computed, string Note);
