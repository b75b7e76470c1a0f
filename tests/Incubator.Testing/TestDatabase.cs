using Incubator.Schema;
using Npgsql;

namespace Incubator.Testing;

/// <summary>
/// A fresh database per fixture on the PostgreSQL server that ./test.sh starts (INCUBATOR_TEST_DB names its maintenance
/// database), with this build's schema applied, so test classes never see each other's rows.
/// </summary>
public static class TestDatabase
{
    public const string ServerVariable = "INCUBATOR_TEST_DB";

    public const int MaxPoolSizePerDatabase = 20;

    public static string ServerConnectionString =>
        Environment.GetEnvironmentVariable(ServerVariable) is { Length: > 0 } value
            ? value
            : throw new InvalidOperationException($"{ServerVariable} is not set: run the tests with ./test.sh, which starts a private PostgreSQL.");

    /// <summary>Creates an empty database (no schema) and returns its connection string.</summary>
    public static string CreateEmpty(string prefix)
    {
        var name = $"{prefix}_{Guid.NewGuid():N}"[..Math.Min(prefix.Length + 13, 63)].ToLowerInvariant();
        using (var connection = new NpgsqlConnection(ServerConnectionString))
        {
            connection.Open();
            using var create = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", connection);
            create.ExecuteNonQuery();
        }

        // Test classes run side by side, each with databases of its own: a bounded pool per database keeps their sum under
        // the private server's max_connections (deploy/postgres.sh), where Npgsql's default of 100 each ran out of it
        // ("too many clients") when one class raced a hundred calls.
        return new NpgsqlConnectionStringBuilder(ServerConnectionString) { Database = name, MaxPoolSize = MaxPoolSizePerDatabase }.ConnectionString;
    }

    /// <summary>Creates a database with the schema applied.</summary>
    public static string Create(string prefix)
    {
        var connectionString = CreateEmpty(prefix);
        SchemaMigrator.Upgrade(connectionString);
        return connectionString;
    }

    public static string DatabaseName(string connectionString) => new NpgsqlConnectionStringBuilder(connectionString).Database!;
}
