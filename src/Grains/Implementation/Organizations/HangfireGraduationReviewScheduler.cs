using Hangfire;

namespace Incubator.Organizations;

public sealed class HangfireGraduationReviewScheduler(IBackgroundJobClient jobs) : IGraduationReviewScheduler
{
    public string Schedule(Guid organizationId, DateTimeOffset dueAt) =>
        jobs.Schedule<GraduationReviewJob>(job => job.RunAsync(organizationId), dueAt);
}
