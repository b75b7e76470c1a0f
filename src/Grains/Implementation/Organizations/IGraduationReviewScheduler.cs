namespace Incubator.Organizations;

/// <summary>Schedules the job that opens an organization's graduation review when its incubation period ends.</summary>
public interface IGraduationReviewScheduler
{
    /// <summary>Returns the job's id, kept so the job can be found or cancelled later.</summary>
    string Schedule(Guid organizationId, DateTimeOffset dueAt);
}
