using Incubator.Client.Training;
using Incubator.Organizations;
using Incubator.SocialWorkers;

namespace Incubator.Client.SocialWorkers;

public sealed record class SocialWorkerDto(
    Guid Id,
    string Name,
    Guid? EmployerOrganizationId,
    Guid DistrictId,
    IReadOnlyList<Guid> CommunityIds,
    IReadOnlyList<Guid> StationIds,
    IReadOnlyList<ServiceDomain> Skills,
    CertificationDto? Certification,
    SocialWorkerStatus Status,
    int WeeklyHoursAvailable,
    string? AccountUserId,
    string PhoneNumber,
    DateOnly? LeftOn,
    IReadOnlyList<HoursCommitmentDto> Commitments,
    DateTimeOffset RegisteredAt,
    string RegisteredBy)
{
    private sealed class Mapping : DtoMap<SocialWorkerRecord, SocialWorkerDto>;
}

public sealed record class CertificationDto(CertificationLevel Level, string CertificateNumber, DateOnly CertifiedOn)
{
    private sealed class Mapping : DtoMap<Certification, CertificationDto>;
}

/// <summary>A proposal's or engagement's hours: so many a week from From to Until; Released ones no longer count.</summary>
public sealed record class HoursCommitmentDto(
    Guid ProposalId,
    int WeeklyHours,
    DateOnly From,
    DateOnly Until,
    CommitmentStatus Status,
    DateTimeOffset ReservedAt,
    DateTimeOffset? ConfirmedAt,
    DateTimeOffset? ReleasedAt)
{
    private sealed class Mapping : DtoMap<HoursCommitment, HoursCommitmentDto>;
}

/// <summary>
/// One social worker's page (his own home, or his record as staff see it): the record (phone masked for readers who do not
/// need it), his hours this week and what he can still promise every week, his continuing education from the training
/// records, and the user name of the account linked to him.
/// </summary>
public sealed record class SocialWorkerProfileDto(
    SocialWorkerDto SocialWorker,
    string? EmployerName,
    int CommittedThisWeek,
    int HoursLeft,
    TrainingRecordDto ContinuingEducation,
    string? AccountUserName,
    bool CanManage);

/// <summary>A social worker in lists and the resources list; HoursLeft is what he can still promise every week from this one on.</summary>
public sealed record class SocialWorkerSummaryDto(
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
    string? AccountUserId)
{
    private sealed class Mapping : DtoMap<SocialWorkerSummary, SocialWorkerSummaryDto>;
}

public sealed record class StationResourceDto(
    Guid StationId,
    string Name,
    Guid DistrictId,
    IReadOnlyList<Guid> CommunityIds,
    Guid? OperatorOrganizationId,
    int ActiveStaff,
    IReadOnlyList<ServiceDomain> Skills,
    CertificationLevel? HighestCertification,
    int HoursLeft)
{
    private sealed class Mapping : DtoMap<StationResource, StationResourceDto>;
}
