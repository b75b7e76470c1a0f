using System.Diagnostics;
using Hangfire.Server;
using Incubator.Hosting;

namespace Incubator.Silo;

/// <summary>One log event per Hangfire job run (job id, job type and method, outcome, duration) inside a span of its own.</summary>
public sealed partial class JobRunLoggingFilter(ILogger<JobRunLoggingFilter> logger) : IServerFilter
{
    private const string StartedKey = "incubator.started";
    private const string ActivityKey = "incubator.activity";

    public void OnPerforming(PerformingContext context)
    {
        var job = context.BackgroundJob.Job;
        var activity = TelemetrySetup.Jobs.StartActivity($"job {job.Type.Name}.{job.Method.Name}");
        activity?.SetTag("hangfire.job.id", context.BackgroundJob.Id);
        context.Items[ActivityKey] = activity;
        context.Items[StartedKey] = Stopwatch.GetTimestamp();
    }

    public void OnPerformed(PerformedContext context)
    {
        var job = context.BackgroundJob.Job;
        var elapsed = context.Items.TryGetValue(StartedKey, out var started) && started is long timestamp
            ? Stopwatch.GetElapsedTime(timestamp).TotalMilliseconds
            : 0;
        var activity = context.Items.TryGetValue(ActivityKey, out var value) ? value as Activity : null;

        if (context.Exception is { } exception && !context.ExceptionHandled)
        {
            // Hangfire retries a failed run; the next one is logged again.
            activity?.SetStatus(ActivityStatusCode.Error, exception.GetBaseException().Message);
            JobFailed(exception.GetBaseException(), context.BackgroundJob.Id, job.Type.Name, job.Method.Name, elapsed);
        }
        else if (context.Canceled)
        {
            JobCanceled(context.BackgroundJob.Id, job.Type.Name, job.Method.Name, elapsed);
        }
        else
        {
            JobSucceeded(context.BackgroundJob.Id, job.Type.Name, job.Method.Name, elapsed);
        }

        activity?.Dispose();
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Job {JobId} {JobType}.{JobMethod} succeeded in {Elapsed:0.0} ms")]
    private partial void JobSucceeded(string jobId, string jobType, string jobMethod, double elapsed);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Job {JobId} {JobType}.{JobMethod} was canceled after {Elapsed:0.0} ms")]
    private partial void JobCanceled(string jobId, string jobType, string jobMethod, double elapsed);

    [LoggerMessage(Level = LogLevel.Error, Message = "Job {JobId} {JobType}.{JobMethod} failed after {Elapsed:0.0} ms")]
    private partial void JobFailed(Exception exception, string jobId, string jobType, string jobMethod, double elapsed);
}
