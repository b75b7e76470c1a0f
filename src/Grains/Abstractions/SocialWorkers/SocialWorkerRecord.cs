using Incubator.Organizations;

namespace Incubator.SocialWorkers;

/// <summary>A social worker as the platform knows him; <see cref="Commitments"/> are his reservations and engagements, released ones included.</summary>
[GenerateSerializer, Immutable, Alias("Incubator.SocialWorkerRecord")]
public sealed record class SocialWorkerRecord(
    Guid Id,
    string Name,
    Guid? EmployerOrganizationId,
    Guid DistrictId,
    IReadOnlyList<Guid> CommunityIds,
    IReadOnlyList<Guid> StationIds,
    IReadOnlyList<ServiceDomain> Skills,
    Certification? Certification,
    SocialWorkerStatus Status,
    int WeeklyHoursAvailable,
    string? AccountUserId,
    string Phone,
    DateOnly? LeftOn,
    IReadOnlyList<HoursCommitment> Commitments,
    DateTimeOffset RegisteredAt,
    string RegisteredBy)
{
    /// <summary>Reserved and confirmed hours in the week holding <paramref name="day"/>.</summary>
    public int CommittedInWeekOf(DateOnly day) => WeeklyHours.CommittedIn(Commitments, WeeklyHours.WeekOf(day));

    /// <summary>Hours he can still promise in every week from <paramref name="today"/>'s on.</summary>
    public int HoursLeftFrom(DateOnly today) => Math.Max(0, WeeklyHoursAvailable - WeeklyHours.PeakFrom(Commitments, today));
}
