namespace Incubator.Geography;

/// <summary>
/// An incubator at one tier: district park 区级孵化园, subdistrict center 街道孵化中心 or community promotion association 社区促进会.
/// The tier is the level of its area; DistrictId is the district the area lies in, for leaders' scope.
/// </summary>
[GenerateSerializer, Immutable, Alias("Incubator.IncubatorRecord")]
public sealed record class IncubatorRecord(Guid Id, string Name, AreaLevel Tier, Guid AreaId, Guid DistrictId, bool Retired = false);
