namespace Incubator.Organizations;

/// <summary>The scheduled jobs an organization owns: its graduation review and its co-incubation checkpoints.</summary>
public interface IOrganizationJobs
{
    /// <summary>Returns the job's id, kept so the job can be cancelled when plans change.</summary>
    string ScheduleGraduationReview(Guid organizationId, DateTimeOffset dueAt);

    string ScheduleCheckpoint(Guid organizationId, Guid checkpointId, DateTimeOffset dueAt);

    /// <summary>Removes a job that has not run; harmless for one that has.</summary>
    void Cancel(string jobId);
}
