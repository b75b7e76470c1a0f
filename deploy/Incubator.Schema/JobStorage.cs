using Hangfire;
using Hangfire.PostgreSql;
using Microsoft.Extensions.DependencyInjection;

namespace Incubator.Schema;

/// <summary>Hangfire on our PostgreSQL: the silo schedules and runs jobs with it, the Client's dashboard reads it.</summary>
public static class JobStorage
{
    /// <summary>Hangfire's tables live in their own schema, created and upgraded by Hangfire.PostgreSql itself.</summary>
    public const string Schema = "hangfire";

    public static IServiceCollection AddIncubatorJobStorage(this IServiceCollection services, string connectionString) =>
        services.AddHangfire(configuration => configuration
            .SetDataCompatibilityLevel(CompatibilityLevel.Version_180)
            .UseSimpleAssemblyNameTypeSerializer()
            .UseRecommendedSerializerSettings()
            .UsePostgreSqlStorage(
                options => options.UseNpgsqlConnection(connectionString),
                new PostgreSqlStorageOptions { SchemaName = Schema, PrepareSchemaIfNecessary = true }));
}
