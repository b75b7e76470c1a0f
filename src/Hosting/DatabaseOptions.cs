using Incubator.Schema;
using Microsoft.Extensions.Configuration;

namespace Incubator.Hosting;

/// <summary>The one PostgreSQL database of silo and Client: INCUBATOR_DB, else ConnectionStrings:Incubator.</summary>
public sealed class DatabaseOptions
{
    public string ConnectionString { get; set; } = "";
}

public static class DatabaseConfiguration
{
    /// <summary>The connection string, for setup code that needs it before the host is built; throws a clear message when none is set.</summary>
    public static string IncubatorConnectionString(this IConfiguration configuration) =>
        DatabaseSettings.ConnectionString(key => configuration[key]);
}
