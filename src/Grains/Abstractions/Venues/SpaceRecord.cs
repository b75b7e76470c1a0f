using Incubator.Geography;

namespace Incubator.Venues;

/// <summary>A space as its grain shows it. Tier and DistrictId are those of the owning incubator, for sharing across tiers.</summary>
[GenerateSerializer, Immutable, Alias("Incubator.SpaceRecord")]
public sealed record class SpaceRecord(
    Guid Id,
    Guid IncubatorId,
    string IncubatorName,
    AreaLevel Tier,
    Guid DistrictId,
    SpaceKind Kind,
    string Name,
    int Capacity,
    IReadOnlyList<DailyHours> OpeningHours,
    IReadOnlyList<string> Equipment,
    bool SharedWithDistrict,
    bool AutoApprove,
    int CheckInGraceMinutes,
    string TimeZoneId,
    DateTimeOffset CreatedAt,
    string CreatedBy)
{
    /// <summary>An organization at <paramref name="incubator"/> may book here: its own incubator's space, or one shared with its district.</summary>
    public bool IsBookableFrom(IncubatorRecord incubator) =>
        incubator.Id == IncubatorId || (SharedWithDistrict && incubator.DistrictId == DistrictId);
}
