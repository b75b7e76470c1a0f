namespace Incubator.Cohorts;

/// <summary>One row of an incubator's cohort list, kept by <see cref="IIncubatorCohortsGrain"/>.</summary>
[GenerateSerializer, Immutable, Alias("Incubator.CohortSummary")]
public sealed record class CohortSummary(
    Guid Id,
    Guid IncubatorId,
    string Name,
    DateOnly IntakeOpensOn,
    DateOnly IntakeClosesOn,
    int Capacity,
    int IncubationMonths,
    int PlacesTaken,
    int ApplicationCount,
    int WaitlistCount);
