using Hangfire;
using Hangfire.Storage.Monitoring;
using Incubator.Common;
using Incubator.Silo;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;
using Orleans.Configuration;
using Orleans.TestingHost;
using Xunit;

namespace Incubator.Testing;

/// <summary>
/// An in-process Orleans cluster whose grains keep state in a fresh PostgreSQL database through our AdoNet SQL,
/// with Hangfire storage on the same database and a fake domain clock the tests move (Orleans keeps real time).
/// </summary>
public sealed class GrainClusterFixture : IAsyncLifetime
{
    private readonly Action<ISiloBuilder>? _configureSilo;

    /// <summary>A fresh database with this build's schema.</summary>
    public GrainClusterFixture()
        : this(TestDatabase.Create("grains"))
    {
    }

    // xunit wants one public constructor on a fixture.
    private GrainClusterFixture(string connectionString, Action<ISiloBuilder>? configureSilo = null)
    {
        ConnectionString = connectionString;
        _configureSilo = configureSilo;
    }

    public string ConnectionString { get; }

    /// <summary>Fixed, so a restarted cluster finds the rows the previous one wrote.</summary>
    public string ServiceId { get; } = "incubator-grain-tests";

    /// <summary>
    /// A cluster on a database the test prepared itself, e.g. with rows as an older release stored them, and silos
    /// configured further by <paramref name="configureSilo"/> after the usual setup; call InitializeAsync.
    /// </summary>
    public static GrainClusterFixture On(string connectionString, Action<ISiloBuilder>? configureSilo = null) => new(connectionString, configureSilo);

    /// <summary>
    /// A cluster on a fresh database whose grain calls give up after <paramref name="responseTimeout"/> instead of Orleans'
    /// 30 s, so that grains waiting on each other fail a test quickly; call InitializeAsync.
    /// </summary>
    public static GrainClusterFixture WithResponseTimeout(TimeSpan responseTimeout) =>
        new(TestDatabase.Create("grains")) { ResponseTimeout = responseTimeout };

    /// <summary>How long a grain call may take before it fails; Orleans' default when null.</summary>
    public TimeSpan? ResponseTimeout { get; private init; }

    public FakeTimeProvider Time { get; } = new(new DateTimeOffset(2026, 3, 1, 8, 0, 0, TimeSpan.Zero));

    public InProcessTestCluster Cluster { get; private set; } = default!;

    public IGrainFactory Grains => Cluster.Client;

    public IServiceProvider SiloServices => Cluster.Silos[0].ServiceProvider;

    /// <summary>What the silos logged (Information and above) since the fixture started.</summary>
    public CapturedLogs Logs { get; } = new();

    /// <summary>Hangfire jobs still scheduled for an organization (its id is every job's first argument).</summary>
    public IReadOnlyList<KeyValuePair<string, ScheduledJobDto>> ScheduledJobs(Guid organizationId) =>
        SiloServices.GetRequiredService<JobStorage>().GetMonitoringApi().ScheduledJobs(0, 100_000)
            .Where(j => j.Value.Job is { } job && job.Args.Count > 0 && job.Args[0] is Guid id && id == organizationId)
            .ToArray();

    public async Task InitializeAsync() => Cluster = await StartClusterAsync();

    public async Task DisposeAsync() => await Cluster.DisposeAsync();

    /// <summary>Stops every silo and starts a new cluster on the same database and ServiceId.</summary>
    public async Task RestartAsync()
    {
        await Cluster.StopAllSilosAsync();
        await Cluster.DisposeAsync();
        Cluster = await StartClusterAsync();
    }

    private async Task<InProcessTestCluster> StartClusterAsync()
    {
        var builder = new InProcessTestClusterBuilder(1);
        builder.Options.ServiceId = ServiceId;
        builder.ConfigureSilo((_, silo) =>
        {
            silo.AddIncubatorGrains(ConnectionString);
            silo.Services.Replace(ServiceDescriptor.Singleton(new DomainClock(Time)));
            silo.Services.AddSingleton<Microsoft.Extensions.Logging.ILoggerProvider>(Logs);
            _configureSilo?.Invoke(silo);
            if (ResponseTimeout is { } timeout)
            {
                silo.Configure<SiloMessagingOptions>(o => o.ResponseTimeout = timeout);
            }
        });
        if (ResponseTimeout is { } clientTimeout)
        {
            builder.ConfigureClient(client => client.Configure<ClientMessagingOptions>(o => o.ResponseTimeout = clientTimeout));
        }

        var cluster = builder.Build();
        await cluster.DeployAsync();
        // Hangfire keeps its settings, the log provider among them, process-wide and sets them when a container first
        // resolves its configuration. After a restart the old silo's logger factory is disposed, so make the new silo
        // set them now, before a grain builds a job client that would log through the old one.
        _ = cluster.Silos[0].ServiceProvider.GetRequiredService<IGlobalConfiguration>();
        return cluster;
    }
}
