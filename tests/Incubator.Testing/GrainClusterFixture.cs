using Incubator.Silo;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;
using Orleans.TestingHost;
using Xunit;

namespace Incubator.Testing;

/// <summary>
/// An in-process Orleans cluster whose grains keep state in a fresh PostgreSQL database through our AdoNet SQL,
/// with Hangfire storage on the same database and a fake clock the tests move.
/// </summary>
public sealed class GrainClusterFixture : IAsyncLifetime
{
    public string ConnectionString { get; } = TestDatabase.Create("grains");

    /// <summary>Fixed, so a restarted cluster finds the rows the previous one wrote.</summary>
    public string ServiceId { get; } = "incubator-grain-tests";

    public FakeTimeProvider Time { get; } = new(new DateTimeOffset(2026, 3, 1, 8, 0, 0, TimeSpan.Zero));

    public InProcessTestCluster Cluster { get; private set; } = default!;

    public IGrainFactory Grains => Cluster.Client;

    public IServiceProvider SiloServices => Cluster.Silos[0].ServiceProvider;

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
            silo.Services.Replace(ServiceDescriptor.Singleton<TimeProvider>(Time));
        });
        var cluster = builder.Build();
        await cluster.DeployAsync();
        return cluster;
    }
}
