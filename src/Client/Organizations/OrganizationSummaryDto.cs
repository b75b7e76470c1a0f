using Incubator.Organizations;

namespace Incubator.Client.Organizations;

public sealed record class OrganizationSummaryDto(
    Guid Id,
    Guid IncubatorId,
    string Name,
    string? CreditCode,
    string FilingNumber,
    OrganizationCategory Category,
    OrganizationStage Stage,
    DateTimeOffset FiledAt)
{
    private sealed class Mapping : DtoMap<OrganizationSummary, OrganizationSummaryDto>;
}
