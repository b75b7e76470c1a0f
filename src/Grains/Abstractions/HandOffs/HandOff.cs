namespace Incubator.HandOffs;

/// <summary>A move of an organization to another incubator, waiting for the receiving manager.</summary>
[GenerateSerializer, Immutable, Alias("Incubator.HandOff")]
public sealed record class HandOff(
    HandOffKind Kind,
    Guid FromIncubatorId,
    Guid ToIncubatorId,
    string Note,
    DateTimeOffset RequestedAt,
    string RequestedBy);

/// <summary>A span of time an incubator held the organization; To is null for the current one.</summary>
[GenerateSerializer, Immutable, Alias("Incubator.IncubatorTenure")]
public sealed record class IncubatorTenure(Guid IncubatorId, DateTimeOffset From, DateTimeOffset? To);
