namespace Incubator.Bookings;

/// <summary>
/// How a space was used between two local dates (From inclusive, To exclusive): open hours by its opening hours,
/// hours held by approved bookings (checked in, released or still scheduled) and hours someone checked in for.
/// </summary>
[GenerateSerializer, Immutable, Alias("Incubator.SpaceUsage")]
public sealed record class SpaceUsage(Guid SpaceId, DateOnly From, DateOnly To, double OpenHours, double BookedHours, double CheckedInHours, IReadOnlyList<OrganizationAttendance> Attendance)
{
    /// <summary>Booked share of the open hours, 0..1.</summary>
    public double BookedRatio => OpenHours <= 0 ? 0 : Math.Min(1, BookedHours / OpenHours);
}

/// <summary>One organization's past occurrences at a space and how many it checked in for.</summary>
[GenerateSerializer, Immutable, Alias("Incubator.OrganizationAttendance")]
public sealed record class OrganizationAttendance(Guid OrganizationId, string OrganizationName, int PastOccurrences, int CheckedIn);
