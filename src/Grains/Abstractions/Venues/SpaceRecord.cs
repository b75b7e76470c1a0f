using Incubator.Geography;
using Incubator.Indexes;

namespace Incubator.Venues;

/// <summary>
/// A space as its grain shows it, and a row of its incubator's <see cref="IIndexGrain{TRow}"/>. Tier and DistrictId are those
/// of the owning incubator, for sharing across tiers.
/// </summary>
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
    string CreatedBy) : IIndexRow<SpaceRecord>
{
    /// <summary>The state name IncubatorSpacesGrain stored these rows under.</summary>
    public static string IndexName => "incubatorSpaces";

    /// <summary>By kind, then name.</summary>
    public static IEnumerable<SpaceRecord> InListOrder(IEnumerable<SpaceRecord> rows) =>
        rows.OrderBy(s => s.Kind).ThenBy(s => s.Name, StringComparer.Ordinal);

    /// <summary>An organization at <paramref name="incubator"/> may book here: its own incubator's space, or one shared with its district.</summary>
    public bool IsBookableFrom(IncubatorRecord incubator) =>
        incubator.Id == IncubatorId || (SharedWithDistrict && incubator.DistrictId == DistrictId);
}
