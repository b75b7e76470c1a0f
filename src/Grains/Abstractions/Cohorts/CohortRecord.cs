using Incubator.Organizations;

namespace Incubator.Cohorts;

/// <summary>A cohort as its grain shows it; PlacesTaken counts the applications that hold a place now.</summary>
[GenerateSerializer, Immutable, Alias("Incubator.CohortRecord")]
public sealed record class CohortRecord(
    Guid Id,
    Guid IncubatorId,
    string Name,
    DateOnly IntakeOpensOn,
    DateOnly IntakeClosesOn,
    int Capacity,
    int IncubationMonths,
    IReadOnlyList<ScreeningCriterion> Criteria,
    IReadOnlyList<OrganizationCategory> FavouredCategories,
    int FavouredCategoryWeight,
    DateTimeOffset OpenedAt,
    string OpenedBy,
    int PlacesTaken,
    int ApplicationCount,
    int WaitlistCount)
{
    /// <summary>Whether organizations may apply on <paramref name="today"/> (China Standard Time date).</summary>
    public bool IsIntakeOpen(DateOnly today) => IntakeOpensOn <= today && today <= IntakeClosesOn;
}
