using Incubator.Common;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Npgsql;
using Orleans.Configuration;

namespace Incubator.Organizations;

/// <summary>
/// The silo's catch-up loop for incubator.projection_outbox: a row older than <see cref="ProjectorOptions.Grace"/> is a
/// write whose projection did not happen (the process died between the state's commit and the projection, or the
/// projection failed); its grain is asked to project again. Runs while the silo is active; every silo runs one, and a
/// grain projects one call at a time, so two silos picking the same row do no harm. Idle it polls with backoff up to
/// <see cref="ProjectorOptions.MaxIdleInterval"/>: one read-only statement per interval per silo.
/// </summary>
public sealed class OrganizationProjector(
    ReadModelDataSource readModel,
    IGrainFactory grains,
    IOptions<ClusterOptions> cluster,
    IOptions<ProjectorOptions> options,
    ILogger<OrganizationProjector> log) : ILifecycleParticipant<ISiloLifecycle>
{
    private readonly NpgsqlDataSource _db = readModel.DataSource;
    private readonly ProjectorOptions _options = options.Value;
    private CancellationTokenSource? _stopping;
    private Task? _loop;

    public void Participate(ISiloLifecycle lifecycle) =>
        lifecycle.Subscribe(nameof(OrganizationProjector), ServiceLifecycleStage.Active, StartAsync, StopAsync);

    /// <summary>Projects the due rows once; returns how many grains were asked and how many of them failed.</summary>
    public async Task<(int Asked, int Failed)> CatchUpOnceAsync(CancellationToken cancellation)
    {
        var due = new List<Guid>();
        await using (var command = _db.CreateCommand("""
            SELECT grain_id_n0, grain_id_n1 FROM incubator.projection_outbox
            WHERE service_id = $1 AND grain_type = $2 AND written_at <= now() - $3::interval
            ORDER BY written_at
            LIMIT $4
            """))
        {
            command.Parameters.Add(new() { Value = cluster.Value.ServiceId });
            command.Parameters.Add(new() { Value = OrganizationProjection.GrainType });
            command.Parameters.Add(new() { Value = _options.Grace });
            command.Parameters.Add(new() { Value = _options.BatchSize });
            await using var reader = await command.ExecuteReaderAsync(cancellation);
            while (await reader.ReadAsync(cancellation))
            {
                due.Add(OrganizationProjection.GrainId(reader.GetInt64(0), reader.GetInt64(1)));
            }
        }

        var failed = 0;
        foreach (var id in due)
        {
            cancellation.ThrowIfCancellationRequested();
            try
            {
                await grains.GetGrain<IOrganizationProjectionGrain>(id).ProjectAsync();
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // One grain's failure must not hold up the others; its row stays and is tried again next round.
                failed++;
                log.LogWarning(e, "Projector could not project organization {OrganizationId}", id);
            }
        }

        if (due.Count > failed)
        {
            log.LogInformation("Projector caught up {Projected} organizations ({Failed} failed)", due.Count - failed, failed);
        }

        return (due.Count, failed);
    }

    private Task StartAsync(CancellationToken cancellation)
    {
        _stopping = new CancellationTokenSource();
        _loop = Task.Run(() => RunAsync(_stopping.Token), CancellationToken.None);
        return Task.CompletedTask;
    }

    private async Task StopAsync(CancellationToken cancellation)
    {
        if (_stopping is null || _loop is null)
        {
            return;
        }

        await _stopping.CancelAsync();
        await _loop.WaitAsync(cancellation).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        _stopping.Dispose();
    }

    private async Task RunAsync(CancellationToken stopping)
    {
        var idle = _options.MinIdleInterval;
        while (!stopping.IsCancellationRequested)
        {
            try
            {
                var (asked, failed) = await CatchUpOnceAsync(stopping);
                if (asked == _options.BatchSize && failed < asked)
                {
                    // A full batch that made progress: more may be waiting.
                    idle = _options.MinIdleInterval;
                    continue;
                }

                idle = asked > failed ? _options.MinIdleInterval : Next(idle);
            }
            catch (OperationCanceledException) when (stopping.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e)
            {
                // The database may be restarting: back off and try again, never stop the loop.
                log.LogWarning(e, "Projector could not read the outbox");
                idle = Next(idle);
            }

            try
            {
                await Task.Delay(idle, stopping);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    private TimeSpan Next(TimeSpan idle) => TimeSpan.FromTicks(Math.Min(idle.Ticks * 2, _options.MaxIdleInterval.Ticks));
}
