namespace Incubator.Cohorts;

/// <summary>The cohorts of one incubator (keyed by incubator id), so listing them does not activate every cohort.</summary>
public interface IIncubatorCohortsGrain : IGrainWithGuidKey
{
    /// <summary>Adds or replaces the cohort's row; called by the cohort after every change to it.</summary>
    Task UpsertAsync(CohortSummary summary);

    /// <summary>Newest intake first.</summary>
    Task<IReadOnlyList<CohortSummary>> ListAsync();
}
