namespace Incubator.Communities;

/// <summary>
/// A community (社区/嘎查/村) as its grain shows it: the geography's area (name, subdistrict, district), its profile (null until
/// first recorded), every change to it, and its stationing agreements, newest first.
/// </summary>
[GenerateSerializer, Immutable, Alias("Incubator.CommunityRecord")]
public sealed record class CommunityRecord(
    Guid Id,
    string Name,
    Guid SubdistrictId,
    Guid DistrictId,
    CommunityProfile? Profile,
    DateTimeOffset? UpdatedAt,
    string? UpdatedBy,
    IReadOnlyList<CommunityChange> History,
    IReadOnlyList<StationingRecord> Stationings);
