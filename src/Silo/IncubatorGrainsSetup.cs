using Microsoft.Extensions.DependencyInjection.Extensions;
using Hangfire;
using Hangfire.PostgreSql;
using Incubator.Common;
using Incubator.Organizations;
using Npgsql;

namespace Incubator.Silo;

/// <summary>What every silo needs to host our grains: grain storage, read models, job scheduling and time. Test clusters call this too.</summary>
public static class IncubatorGrainsSetup
{
    /// <summary>Hangfire's tables live in their own schema, created by Hangfire.PostgreSql itself.</summary>
    public const string HangfireSchema = "hangfire";

    public static ISiloBuilder AddIncubatorGrains(this ISiloBuilder silo, string connectionString)
    {
        silo.AddAdoNetGrainStorage(StorageNames.Incubator, options =>
        {
            options.Invariant = "Npgsql";
            options.ConnectionString = connectionString;
        });

        silo.Services.AddIncubatorJobStorage(connectionString);
        silo.Services.AddSingleton(new ReadModelDataSource(NpgsqlDataSource.Create(connectionString)));
        silo.Services.AddSingleton<OrganizationReadModel>();
        silo.Services.AddSingleton<IGraduationReviewScheduler, HangfireGraduationReviewScheduler>();
        silo.Services.AddTransient<GraduationReviewJob>();
        silo.Services.TryAddSingleton(TimeProvider.System);
        return silo;
    }

    /// <summary>Hangfire on PostgreSQL without a server: enough to schedule jobs and read them. The Client's dashboard uses it as well.</summary>
    public static IServiceCollection AddIncubatorJobStorage(this IServiceCollection services, string connectionString) =>
        services.AddHangfire(configuration => configuration
            .SetDataCompatibilityLevel(CompatibilityLevel.Version_180)
            .UseSimpleAssemblyNameTypeSerializer()
            .UseRecommendedSerializerSettings()
            .UsePostgreSqlStorage(
                options => options.UseNpgsqlConnection(connectionString),
                new PostgreSqlStorageOptions { SchemaName = HangfireSchema, PrepareSchemaIfNecessary = true }));
}
