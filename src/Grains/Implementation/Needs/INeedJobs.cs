using Hangfire;

namespace Incubator.Needs;

/// <summary>The scheduled jobs a need owns: its escalation to the next level while it stays unmatched.</summary>
public interface INeedJobs
{
    /// <summary>Returns the job's id, kept so the job can be cancelled once the need is matched or closed.</summary>
    string ScheduleEscalation(Guid needId, EscalationLevel level, DateTimeOffset dueAt);

    /// <summary>Removes a job that has not run; harmless for one that has.</summary>
    void Cancel(string jobId);
}

public sealed class HangfireNeedJobs(IBackgroundJobClient jobs) : INeedJobs
{
    public string ScheduleEscalation(Guid needId, EscalationLevel level, DateTimeOffset dueAt) =>
        jobs.Schedule<NeedEscalationJob>(job => job.RunAsync(needId, level), dueAt);

    public void Cancel(string jobId) => jobs.Delete(jobId);
}

/// <summary>The Hangfire job at a need's due date. It passes ids only; the grain decides, so reruns are harmless.</summary>
public sealed class NeedEscalationJob(IGrainFactory grains)
{
    public Task RunAsync(Guid needId, EscalationLevel level) => grains.GetGrain<INeedGrain>(needId).EscalateAsync(level);
}
