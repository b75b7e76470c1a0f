using Incubator.Common;

namespace Incubator.Cohorts;

/// <summary>Persisted cohort rows of one incubator. Stored by type name: never rename.</summary>
[GenerateSerializer, Alias("Incubator.IncubatorCohortsState")]
public sealed class IncubatorCohortsState
{
    [Id(0)] public Dictionary<Guid, CohortSummary> Cohorts { get; set; } = [];
}

public sealed class IncubatorCohortsGrain(
    [PersistentState("incubatorCohorts", StorageNames.Incubator)] IPersistentState<IncubatorCohortsState> state) : Grain, IIncubatorCohortsGrain
{
    public async Task UpsertAsync(CohortSummary summary)
    {
        state.State.Cohorts[summary.Id] = summary;
        await state.WriteStateAsync();
    }

    public Task<IReadOnlyList<CohortSummary>> ListAsync() =>
        Task.FromResult<IReadOnlyList<CohortSummary>>(state.State.Cohorts.Values
            .OrderByDescending(c => c.IntakeOpensOn)
            .ThenBy(c => c.Name, StringComparer.Ordinal)
            .ToArray());
}
