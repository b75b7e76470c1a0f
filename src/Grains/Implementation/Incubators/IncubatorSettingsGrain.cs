using Incubator.Common;
using Incubator.Party;

namespace Incubator.Incubators;

/// <summary>Persisted settings of one incubator. Stored by type name: never rename.</summary>
[GenerateSerializer, Alias("Incubator.IncubatorSettingsState")]
public sealed class IncubatorSettingsState
{
    [Id(0)] public CheckpointPlan? CheckpointPlan { get; set; }
}

public sealed class IncubatorSettingsGrain(
    [PersistentState("incubatorSettings", StorageNames.Incubator)] IPersistentState<IncubatorSettingsState> state) : Grain, IIncubatorSettingsGrain
{
    public Task<CheckpointPlan> GetCheckpointPlanAsync() => Task.FromResult(state.State.CheckpointPlan ?? CheckpointPlan.Default);

    public async Task<CheckpointPlan> SetCheckpointPlanAsync(CheckpointPlan plan, Actor actor)
    {
        DomainException.ThrowIfInvalid(plan.Validate());

        state.State.CheckpointPlan = plan;
        await state.WriteStateAsync();
        return plan;
    }
}
