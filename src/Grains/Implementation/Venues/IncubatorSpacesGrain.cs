using Incubator.Common;

namespace Incubator.Venues;

/// <summary>Persisted space rows of one incubator. Stored by type name: never rename.</summary>
[GenerateSerializer, Alias("Incubator.IncubatorSpacesState")]
public sealed class IncubatorSpacesState
{
    [Id(0)] public Dictionary<Guid, SpaceRecord> Spaces { get; set; } = [];
}

public sealed class IncubatorSpacesGrain(
    [PersistentState("incubatorSpaces", StorageNames.Incubator)] IPersistentState<IncubatorSpacesState> state) : Grain, IIncubatorSpacesGrain
{
    public async Task UpsertAsync(SpaceRecord space)
    {
        state.State.Spaces[space.Id] = space;
        await state.WriteStateAsync();
    }

    public Task<IReadOnlyList<SpaceRecord>> ListAsync() =>
        Task.FromResult<IReadOnlyList<SpaceRecord>>(state.State.Spaces.Values
            .OrderBy(s => s.Kind)
            .ThenBy(s => s.Name, StringComparer.Ordinal)
            .ToArray());
}
