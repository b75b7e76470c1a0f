using Incubator.Cohorts;

namespace Incubator.Client.Cohorts;

public sealed record class CohortSummaryDto(
    Guid Id,
    Guid IncubatorId,
    string Name,
    DateOnly IntakeOpensOn,
    DateOnly IntakeClosesOn,
    int Capacity,
    int IncubationMonths,
    int PlacesTaken,
    int ApplicationCount,
    int WaitlistCount)
{
    private sealed class Mapping : DtoMap<CohortSummary, CohortSummaryDto>;
}
