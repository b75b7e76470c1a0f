using Incubator.Organizations;

namespace Incubator.SocialWorkers;

/// <summary>A social worker as lists show him (incubator.social_workers); HoursLeft is what he can still promise every week from today's on.</summary>
[GenerateSerializer, Immutable, Alias("Incubator.SocialWorkerSummary")]
public sealed record class SocialWorkerSummary(
    Guid Id,
    string Name,
    Guid? EmployerOrganizationId,
    Guid DistrictId,
    IReadOnlyList<Guid> CommunityIds,
    IReadOnlyList<Guid> StationIds,
    IReadOnlyList<ServiceDomain> Skills,
    CertificationLevel? CertificationLevel,
    string? CertificateNumber,
    SocialWorkerStatus Status,
    int WeeklyHoursAvailable,
    int HoursLeft,
    string? AccountUserId);
