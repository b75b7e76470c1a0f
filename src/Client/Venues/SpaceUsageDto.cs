using Incubator.Bookings;

namespace Incubator.Client.Venues;

/// <summary>Use of a space between two local dates (From inclusive, To exclusive); BookedRatio = booked ÷ open hours.</summary>
public sealed record class SpaceUsageDto(
    Guid SpaceId,
    DateOnly From,
    DateOnly To,
    double OpenHours,
    double BookedHours,
    double CheckedInHours,
    double BookedRatio,
    IReadOnlyList<OrganizationAttendanceDto> Attendance)
{
    private sealed class Mapping : DtoMap<SpaceUsage, SpaceUsageDto>;
}

public sealed record class OrganizationAttendanceDto(Guid OrganizationId, string OrganizationName, int PastOccurrences, int CheckedIn)
{
    private sealed class Mapping : DtoMap<OrganizationAttendance, OrganizationAttendanceDto>;
}
