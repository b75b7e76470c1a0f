using Incubator.Cohorts;
using Incubator.Organizations;

namespace Incubator.Client.Cohorts;

public sealed record class CohortDto(
    Guid Id,
    Guid IncubatorId,
    string Name,
    DateOnly IntakeOpensOn,
    DateOnly IntakeClosesOn,
    int Capacity,
    int IncubationMonths,
    IReadOnlyList<ScreeningCriterionDto> Criteria,
    IReadOnlyList<OrganizationCategory> FavouredCategories,
    int FavouredCategoryWeight,
    DateTimeOffset OpenedAt,
    string OpenedBy,
    int PlacesTaken,
    int ApplicationCount,
    int WaitlistCount)
{
    private sealed class Mapping : DtoMap<CohortRecord, CohortDto>;
}

public sealed record class ScreeningCriterionDto(string Name, int Weight)
{
    private sealed class Mapping : DtoMap<ScreeningCriterion, ScreeningCriterionDto>;
}
