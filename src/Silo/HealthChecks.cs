using Incubator.Common;
using Incubator.Geography;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Incubator.Silo;

public static class HealthChecks
{
    private const string ReadyTag = "ready";

    public static WebApplicationBuilder AddIncubatorHealthChecks(this WebApplicationBuilder builder)
    {
        builder.Services.AddHealthChecks()
            .AddCheck<DatabaseHealthCheck>("database", tags: [ReadyTag])
            .AddCheck<SiloHealthCheck>("silo", tags: [ReadyTag]);
        return builder;
    }

    /// <summary>/health/live: the process answers. /health/ready: the silo serves grains and the database answers.</summary>
    public static WebApplication MapIncubatorHealthChecks(this WebApplication app)
    {
        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false });
        app.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = check => check.Tags.Contains(ReadyTag) });
        return app;
    }

    private sealed class DatabaseHealthCheck(ReadModelDataSource readModel) : IHealthCheck
    {
        public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
        {
            try
            {
                await using var command = readModel.DataSource.CreateCommand("SELECT 1");
                await command.ExecuteScalarAsync(cancellationToken);
                return HealthCheckResult.Healthy();
            }
            catch (Exception e) when (e is Npgsql.NpgsqlException or TimeoutException)
            {
                return HealthCheckResult.Unhealthy("PostgreSQL does not answer.", e);
            }
        }
    }

    private sealed class SiloHealthCheck(IGrainFactory grains) : IHealthCheck
    {
        public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
        {
            // A stateless read through a grain proves the silo is up and activating grains.
            try
            {
                await grains.GeographyAsync().WaitAsync(TimeSpan.FromSeconds(5), cancellationToken);
                return HealthCheckResult.Healthy();
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                return HealthCheckResult.Unhealthy("The silo does not serve grains yet.", e);
            }
        }
    }
}
