using Incubator.Hosting;

namespace Incubator.Client.Infrastructure;

public static class IdempotencySetup
{
    /// <summary>The store on the platform's PostgreSQL; <see cref="Idempotent"/> marks the endpoints that use it.</summary>
    public static WebApplicationBuilder AddIncubatorIdempotency(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton(_ => new IdempotentRequests(NpgsqlDataSourceFor(builder.Configuration)));
        builder.Services.AddSingleton<IdempotencyFilter>();
        return builder;
    }

    /// <summary>The endpoint honours an Idempotency-Key header (see <see cref="IdempotencyFilter"/>); the API reference says so.</summary>
    public static RouteHandlerBuilder Idempotent(this RouteHandlerBuilder endpoint) =>
        endpoint.AddEndpointFilter<IdempotencyFilter>().WithMetadata(IdempotentEndpoint.Instance);

    private static Npgsql.NpgsqlDataSource NpgsqlDataSourceFor(IConfiguration configuration) =>
        Npgsql.NpgsqlDataSource.Create(configuration.IncubatorConnectionString());
}
