using Incubator.Common;
using Incubator.Party;

namespace Incubator.Incubators;

/// <summary>An incubator's own settings, keyed by incubator id; for now its co-incubation checkpoint plan.</summary>
public interface IIncubatorSettingsGrain : IGrainWithGuidKey
{
    Task<CheckpointPlan> GetCheckpointPlanAsync();

    Task<CheckpointPlan> SetCheckpointPlanAsync(CheckpointPlan plan, Actor actor);
}
