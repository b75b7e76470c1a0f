using Incubator.Geography;
using Incubator.Hosting;
using Incubator.Organizations;
using Incubator.Silo;
using Incubator.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Npgsql;
using Orleans.Configuration;

namespace Incubator.Grains.Tests;

/// <summary>Two silos and a client that find each other only through our membership SQL in PostgreSQL.</summary>
public sealed class AdoNetClusteringTests : IAsyncLifetime
{
    private const string ClusterId = "incubator-clustering-tests";
    private readonly string _connectionString = TestDatabase.Create("cluster");
    private readonly List<IHost> _silos = [];
    private IHost _client = default!;

    public async Task InitializeAsync()
    {
        for (var i = 0; i < 2; i++)
        {
            var silo = Host.CreateApplicationBuilder();
            var options = new OrleansOptions
            {
                ClusteringMode = ClusteringMode.AdoNet,
                ClusterId = ClusterId,
                ServiceId = ClusterId,
                SiloPort = FreePort.Next(),
                GatewayPort = FreePort.Next(),
            };
            silo.UseOrleans(orleans => orleans.UseIncubatorClustering(options, _connectionString).AddIncubatorGrains(_connectionString));
            var host = silo.Build();
            await host.StartAsync();
            _silos.Add(host);
        }

        var client = Host.CreateApplicationBuilder();
        client.UseOrleansClient(orleans =>
        {
            orleans.UseAdoNetClustering(o =>
            {
                o.Invariant = "Npgsql";
                o.ConnectionString = _connectionString;
            });
            orleans.Configure<ClusterOptions>(o => (o.ClusterId, o.ServiceId) = (ClusterId, ClusterId));
        });
        _client = client.Build();
        await _client.StartAsync();
    }

    public async Task DisposeAsync()
    {
        await _client.StopAsync();
        _client.Dispose();
        foreach (var silo in _silos)
        {
            await silo.StopAsync();
            silo.Dispose();
        }
    }

    [Fact]
    public async Task SilosJoinThroughPostgreSqlAndGrainsSurviveASiloLeaving()
    {
        await PollUntil.TrueAsync(async () => await ActiveSilosAsync() == 2, TimeSpan.FromSeconds(60), "two active silos in orleans.membership");

        var grains = _client.Services.GetRequiredService<IClusterClient>();
        var geography = grains.GetGrain<IGeographyGrain>(IGeographyGrain.Key);
        var district = await geography.AddAreaAsync("达拉特旗", AreaLevel.District, null, Scenario.Manager);
        var incubator = await geography.AddIncubatorAsync("达拉特旗孵化园", district.Id, Scenario.Manager);
        var ids = Enumerable.Range(0, 10).Select(_ => Guid.NewGuid()).ToArray();
        foreach (var id in ids)
        {
            await grains.GetGrain<IOrganizationGrain>(id).FileAsync(Scenario.Filing(incubator.Id), Scenario.Manager);
        }

        await _silos[0].StopAsync();
        await PollUntil.TrueAsync(async () => await ActiveSilosAsync() == 1, TimeSpan.FromSeconds(60), "one active silo after the first left");

        foreach (var id in ids)
        {
            var organization = await grains.GetGrain<IOrganizationGrain>(id).GetAsync();
            Assert.Equal(incubator.Id, organization?.IncubatorId);
        }
    }

    private async Task<long> ActiveSilosAsync()
    {
        await using var connection = new NpgsqlConnection(_connectionString);
        await connection.OpenAsync();
        // Status 3 is SiloStatus.Active.
        await using var command = new NpgsqlCommand("SELECT count(*) FROM orleans.membership WHERE deployment_id = @id AND status = 3", connection);
        command.Parameters.AddWithValue("id", ClusterId);
        return (long)(await command.ExecuteScalarAsync())!;
    }
}
