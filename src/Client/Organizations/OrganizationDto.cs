using Incubator.Client.HandOffs;
using Incubator.Organizations;

namespace Incubator.Client.Organizations;

public sealed record class OrganizationDto(
    Guid Id,
    Guid IncubatorId,
    string Name,
    OrganizationCategory Category,
    IReadOnlyList<ServiceDomain> ServiceDomains,
    string ContactName,
    string ContactPhone,
    string? CreditCode,
    string FilingNumber,
    LegalStatus LegalStatus,
    OrganizationStage Stage,
    DateTimeOffset FiledAt,
    DateTimeOffset? IncubationStartedAt,
    DateTimeOffset? IncubationEndsAt,
    DateTimeOffset? GraduationReviewOpenedAt,
    Guid? CohortId,
    string? ExitReason,
    bool ExtensionUsed,
    DateTimeOffset? GraduatedAt,
    string? CertificateNumber,
    string? DecisionReason,
    HandOffDto? PendingHandOff,
    IReadOnlyList<IncubatorTenureDto> Tenures,
    IReadOnlyList<FormerName> FormerNames)
{
    private sealed class Mapping : DtoMap<OrganizationRecord, OrganizationDto>;
}
