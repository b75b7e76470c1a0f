using Incubator.Indexes;

namespace Incubator.Cohorts;

/// <summary>One row of an incubator's cohort list, kept by its <see cref="IIndexGrain{TRow}"/> (keyed by incubator id).</summary>
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
    int WaitlistCount) : IIndexRow<CohortSummary>
{
    /// <summary>The state name IncubatorCohortsGrain stored these rows under.</summary>
    public static string IndexName => "incubatorCohorts";

    /// <summary>Newest intake first.</summary>
    public static IEnumerable<CohortSummary> InListOrder(IEnumerable<CohortSummary> rows) =>
        rows.OrderByDescending(c => c.IntakeOpensOn).ThenBy(c => c.Name, StringComparer.Ordinal);
}
