using Incubator.Bookings;
using Incubator.Common;
using Incubator.Organizations;
using Incubator.Schema;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Npgsql;

namespace Incubator.Silo;

/// <summary>What every silo needs to host our grains: grain storage, read models and their projector, job scheduling, time and the log of failed grain calls. Test clusters call this too.</summary>
public static class IncubatorGrainsSetup
{
    public static ISiloBuilder AddIncubatorGrains(this ISiloBuilder silo, string connectionString)
    {
        var storageConnection = WithoutSessionReset(connectionString);
        silo.AddAdoNetGrainStorage(StorageNames.Incubator, options =>
        {
            options.Invariant = Incubator.Hosting.OrleansSetup.AdoNetInvariant;
            options.ConnectionString = storageConnection;
        });

        silo.Services.AddIncubatorJobStorage(connectionString);
        silo.Services.AddSingleton(new ReadModelDataSource(NpgsqlDataSource.Create(storageConnection)));
        silo.Services.AddSingleton<OrganizationReadModel>();
        silo.Services.AddSingleton<OrganizationProjection>();
        silo.Services.AddOptions<ProjectorOptions>();
        silo.Services.AddSingleton<OrganizationProjector>();
        silo.Services.AddSingleton<ILifecycleParticipant<ISiloLifecycle>>(services => services.GetRequiredService<OrganizationProjector>());
        silo.Services.AddSingleton<Inbox.InboxReadModel>();
        silo.Services.AddSingleton<Funding.FundingReadModel>();
        silo.Services.AddSingleton<SocialWorkers.SocialWorkerReadModel>();
        silo.Services.AddSingleton<Communities.CommunityReadModel>();
        silo.Services.AddSingleton<Timeline.TimelineWriter>();
        silo.Services.AddSingleton<IOrganizationJobs, HangfireOrganizationJobs>();
        silo.Services.AddTransient<GraduationReviewJob>();
        silo.Services.AddTransient<CheckpointDueJob>();
        silo.Services.AddSingleton<IBookingJobs, HangfireBookingJobs>();
        silo.Services.AddTransient<NoShowReleaseJob>();
        silo.Services.AddSingleton<Needs.NeedsReadModel>();
        silo.Services.AddSingleton<Services.ServicesReadModel>();
        silo.Services.AddSingleton<Needs.INeedJobs, Needs.HangfireNeedJobs>();
        silo.Services.AddTransient<Needs.NeedEscalationJob>();
        silo.Services.TryAddSingleton(DomainClock.System);
        silo.AddIncomingGrainCallFilter<StorageUnavailableFilter>();
        silo.AddIncomingGrainCallFilter<GrainCallLoggingFilter>();
        return silo;
    }

    // Grain storage and read-model statements leave no session state behind (no SET, LISTEN, prepared names or temp
    // tables that outlive a transaction), so the DISCARD ALL Npgsql sends when a pooled connection is returned only
    // costs a round trip and a commit per statement: half the statements of a filing (docs/benchmarks.md P1).
    private static string WithoutSessionReset(string connectionString) =>
        new NpgsqlConnectionStringBuilder(connectionString) { NoResetOnClose = true }.ConnectionString;
}
