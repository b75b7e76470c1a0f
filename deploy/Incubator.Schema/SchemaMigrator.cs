using System.Reflection;
using DbUp;
using DbUp.Engine.Output;
using Npgsql;

namespace Incubator.Schema;

/// <summary>
/// Brings a database to this build's schema with the scripts under Scripts/, each once, in name order.
/// Safe to run from several processes at once (an advisory lock serializes them) and refuses a database
/// that has scripts this build does not know, rather than run old code against a newer schema.
/// </summary>
public static class SchemaMigrator
{
    // An arbitrary constant shared by every process that migrates this schema.
    private const long MigrationLockKey = 0x1AC0_BA70_5C7E_0001;

    public static IReadOnlyList<string> KnownScripts { get; } = typeof(SchemaMigrator).Assembly
        .GetManifestResourceNames()
        .Where(name => name.EndsWith(".sql", StringComparison.Ordinal))
        .Order(StringComparer.Ordinal)
        .ToArray();

    /// <summary>
    /// Creates the database if it is missing, then applies what is new. Returns the scripts applied by this call.
    /// <paramref name="before"/> (a script number such as "0010") stops short of that script, to build a database as an
    /// older release left it and test the data migrations that follow.
    /// </summary>
    public static IReadOnlyList<string> Upgrade(string connectionString, Action<string>? log = null, string? before = null)
    {
        log ??= _ => { };
        EnsureDatabase.For.PostgresqlDatabase(connectionString, new QuietLog());

        using var lockConnection = new NpgsqlConnection(connectionString);
        lockConnection.Open();
        using (var take = new NpgsqlCommand($"SELECT pg_advisory_lock({MigrationLockKey})", lockConnection))
        {
            take.ExecuteNonQuery();
        }

        try
        {
            var upgrader = DeployChanges.To
                .PostgresqlDatabase(connectionString)
                .WithScriptsEmbeddedInAssembly(Assembly.GetExecutingAssembly(), name => name.EndsWith(".sql", StringComparison.Ordinal) && IsBefore(name, before))
                .JournalToPostgresqlTable("public", "incubator_schema_versions")
                .WithTransactionPerScript()
                .WithVariablesDisabled()
                .LogTo(new QuietLog())
                .Build();

            var unknown = upgrader.GetExecutedScripts().Except(KnownScripts).ToArray();
            if (unknown.Length > 0)
            {
                throw new InvalidOperationException(
                    $"The database has schema scripts this build does not know ({string.Join(", ", unknown)}); it is newer than this build. Upgrade the application instead of downgrading the schema.");
            }

            var result = upgrader.PerformUpgrade();
            if (!result.Successful)
            {
                throw new InvalidOperationException($"Schema script {result.ErrorScript?.Name} failed: {result.Error.Message}", result.Error);
            }

            var applied = result.Scripts.Select(s => s.Name).ToArray();
            foreach (var name in applied)
            {
                log($"applied {name}");
            }

            return applied;
        }
        finally
        {
            using var release = new NpgsqlCommand($"SELECT pg_advisory_unlock({MigrationLockKey})", lockConnection);
            release.ExecuteNonQuery();
        }
    }

    // Resource names are "Incubator.Schema.Scripts.NNNN_name.sql": compare the file names.
    private static bool IsBefore(string resourceName, string? before) =>
        before is null || string.CompareOrdinal(resourceName[(resourceName.IndexOf(".Scripts.", StringComparison.Ordinal) + ".Scripts.".Length)..], before) < 0;

    /// <summary>DbUp writes every step to the console by default; callers get the applied scripts instead.</summary>
    private sealed class QuietLog : IUpgradeLog
    {
        public void LogTrace(string format, params object[] args) { }
        public void LogDebug(string format, params object[] args) { }
        public void LogInformation(string format, params object[] args) { }
        public void LogWarning(string format, params object[] args) { }
        public void LogError(string format, params object[] args) { }
        public void LogError(Exception ex, string format, params object[] args) { }
    }
}
