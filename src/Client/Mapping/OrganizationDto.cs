using AutoMapper;
using Incubator.Organizations;

namespace Incubator.Client.Mapping;

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
    string? ExitReason)
{
    private sealed class Mapping : Profile
    {
        public Mapping() => CreateMap<OrganizationRecord, OrganizationDto>().MaxDepth(MappingSetup.MaxDepth);
    }
}
