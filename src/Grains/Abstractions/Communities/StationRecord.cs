using Incubator.Venues;

namespace Incubator.Communities;

/// <summary>
/// A social-work station as its grain shows it. Rooms are venue spaces (<see cref="ISpaceGrain"/>) of incubators in the
/// communities it serves, bookable like any space; OperatorOrganizationId null means the community runs it.
/// </summary>
[GenerateSerializer, Immutable, Alias("Incubator.StationRecord")]
public sealed record class StationRecord(
    Guid Id,
    string Name,
    Guid DistrictId,
    IReadOnlyList<Guid> CommunityIds,
    Guid? OperatorOrganizationId,
    string? OperatorName,
    IReadOnlyList<Guid> StaffSocialWorkerIds,
    IReadOnlyList<DailyHours> OpeningHours,
    IReadOnlyList<Guid> RoomSpaceIds,
    IReadOnlyList<StationProjectRecord> Projects,
    bool Retired,
    DateTimeOffset CreatedAt,
    string CreatedBy);
