namespace Incubator.Organizations;

/// <summary>The Hangfire job at a checkpoint's due date. It passes ids only; the grain decides, so reruns are harmless.</summary>
public sealed class CheckpointDueJob(IGrainFactory grains)
{
    public Task RunAsync(Guid organizationId, Guid checkpointId) =>
        grains.GetGrain<IOrganizationGrain>(organizationId).MarkCheckpointOverdueAsync(checkpointId);
}
