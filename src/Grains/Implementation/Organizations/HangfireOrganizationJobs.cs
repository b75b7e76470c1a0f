using Hangfire;

namespace Incubator.Organizations;

public sealed class HangfireOrganizationJobs(IBackgroundJobClient jobs) : IOrganizationJobs
{
    public string ScheduleGraduationReview(Guid organizationId, DateTimeOffset dueAt) =>
        jobs.Schedule<GraduationReviewJob>(job => job.RunAsync(organizationId), dueAt);

    public string ScheduleCheckpoint(Guid organizationId, Guid checkpointId, DateTimeOffset dueAt) =>
        jobs.Schedule<CheckpointDueJob>(job => job.RunAsync(organizationId, checkpointId), dueAt);

    public void Cancel(string jobId) => jobs.Delete(jobId);
}
