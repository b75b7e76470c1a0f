using Npgsql;

namespace Incubator.Schema;

/// <summary>Where the one PostgreSQL database is: INCUBATOR_DB, else ConnectionStrings:Incubator.</summary>
public static class DatabaseSettings
{
    public const string EnvironmentVariable = "INCUBATOR_DB";
    public const string ConnectionStringName = "Incubator";

    /// <summary>Reads the connection string from configuration values (environment variables included); throws a clear message when there is none.</summary>
    public static string ConnectionString(Func<string, string?> configuration)
    {
        var value = configuration(EnvironmentVariable) ?? configuration($"ConnectionStrings:{ConnectionStringName}");
        if (string.IsNullOrWhiteSpace(value))
        {
            throw new InvalidOperationException(
                $"No database configured: set {EnvironmentVariable} (or ConnectionStrings:{ConnectionStringName}) to a PostgreSQL connection string. ./run.sh does this for you.");
        }

        // Validates the syntax early, with the setting's name in the message rather than deep in a provider.
        try
        {
            _ = new NpgsqlConnectionStringBuilder(value);
        }
        catch (ArgumentException e)
        {
            throw new InvalidOperationException($"{EnvironmentVariable} is not a valid PostgreSQL connection string: {e.Message}", e);
        }

        return value;
    }
}
