using Incubator.Geography;
using Incubator.Venues;

namespace Incubator.Client.Venues;

public sealed record class SpaceDto(
    Guid Id,
    Guid IncubatorId,
    string IncubatorName,
    AreaLevel Tier,
    Guid DistrictId,
    SpaceKind Kind,
    string Name,
    int Capacity,
    IReadOnlyList<DailyHoursDto> OpeningHours,
    IReadOnlyList<string> Equipment,
    bool SharedWithDistrict,
    bool AutoApprove,
    int CheckInGraceMinutes,
    string TimeZoneId,
    DateTimeOffset CreatedAt,
    string CreatedBy)
{
    private sealed class Mapping : DtoMap<SpaceRecord, SpaceDto>;
}

public sealed record class DailyHoursDto(DayOfWeek Day, TimeOnly Opens, TimeOnly Closes)
{
    private sealed class Mapping : DtoMap<DailyHours, DailyHoursDto>;
}
