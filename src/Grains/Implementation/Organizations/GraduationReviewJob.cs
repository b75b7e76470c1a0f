namespace Incubator.Organizations;

/// <summary>The Hangfire job behind <see cref="IGraduationReviewScheduler"/>. It passes only the id; the grain decides whether anything is due, so reruns are harmless.</summary>
public sealed class GraduationReviewJob(IGrainFactory grains)
{
    public Task RunAsync(Guid organizationId) =>
        grains.GetGrain<IOrganizationGrain>(organizationId).OpenGraduationReviewAsync();
}
