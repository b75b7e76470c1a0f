using Hangfire;
using Hangfire.Common;
using Hangfire.Server;
using Incubator.Common;
using Incubator.Geography;
using Incubator.Schema;
using Incubator.Silo;
using Incubator.Testing;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Incubator.Grains.Tests.Hosting;

[Collection(GrainTestCollection.Name)]
public sealed class ObservabilityTests(GrainClusterFixture fixture)
{
    [Fact]
    public async Task ARefusedGrainCallIsLoggedAtInformationWithGrainAndMethod()
    {
        var before = fixture.Logs.Entries.Count;
        var tree = fixture.Grains.GetGrain<IGeographyGrain>(IGeographyGrain.Key);
        var error = await Assert.ThrowsAsync<DomainException>(() => tree.AddAreaAsync("  ", AreaLevel.District, null, Scenario.Manager));

        var logged = Assert.Single(fixture.Logs.Entries.Skip(before), e => e.Category == typeof(GrainCallLoggingFilter).FullName);
        Assert.Equal(LogLevel.Information, logged.Level);
        Assert.Equal(nameof(IGeographyGrain.AddAreaAsync), logged.Properties["GrainMethod"]);
        Assert.Contains(IGeographyGrain.Key, (string)logged.Properties["GrainId"]!);
        Assert.Equal(error.Message, logged.Properties["Reason"]);
    }

    [Fact]
    public void TheJobServerRunsJobsThroughTheRunLog()
    {
        // No job storage here: AddHangfire would point Hangfire's process-wide log provider at this short-lived
        // container's logger factory, and every later job scheduled in this process would meet it disposed.
        var builder = WebApplication.CreateBuilder();
        builder.AddIncubatorJobServer();
        using var services = builder.Services.BuildServiceProvider();

        var filters = services.GetRequiredService<IJobFilterProvider>().GetFilters(Job.FromExpression(() => Console.WriteLine()));
        Assert.Contains(filters, f => f.Instance is JobRunLoggingFilter);
    }

    [Fact]
    public void AJobRunIsLoggedWithItsIdTypeOutcomeAndDuration()
    {
        var logs = new CapturedLogs();
        var filter = new JobRunLoggingFilter(new LoggerFactory([logs]).CreateLogger<JobRunLoggingFilter>());
        var storage = fixture.SiloServices.GetRequiredService<Hangfire.JobStorage>();
        using var connection = storage.GetConnection();
        var job = new BackgroundJob("42", Job.FromExpression(() => Console.WriteLine()), DateTime.UtcNow);
        var context = new PerformContext(storage, connection, job, new JobCancellationToken(false));

        filter.OnPerforming(new PerformingContext(context));
        filter.OnPerformed(new PerformedContext(context, null, false, null));
        filter.OnPerforming(new PerformingContext(context));
        filter.OnPerformed(new PerformedContext(context, null, false, new InvalidOperationException("the job broke")));

        Assert.Collection(logs.Entries,
            succeeded =>
            {
                Assert.Equal(LogLevel.Information, succeeded.Level);
                Assert.Equal("42", succeeded.Properties["JobId"]);
                Assert.Equal(nameof(Console), succeeded.Properties["JobType"]);
                Assert.Equal(nameof(Console.WriteLine), succeeded.Properties["JobMethod"]);
                Assert.IsType<double>(succeeded.Properties["Elapsed"]);
                Assert.Contains("succeeded", succeeded.Message);
            },
            failed =>
            {
                Assert.Equal(LogLevel.Error, failed.Level);
                Assert.Equal("the job broke", failed.Exception?.Message);
                Assert.Contains("failed", failed.Message);
            });
    }
}
