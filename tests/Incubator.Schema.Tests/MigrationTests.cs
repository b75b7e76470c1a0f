using Incubator.Testing;
using Npgsql;

namespace Incubator.Schema.Tests;

public sealed class MigrationTests
{
    [Fact]
    public void ASecondUpgradeAppliesNothing()
    {
        var connectionString = TestDatabase.CreateEmpty("migrate");
        Assert.Equal(SchemaMigrator.KnownScripts, SchemaMigrator.Upgrade(connectionString));
        Assert.Empty(SchemaMigrator.Upgrade(connectionString));
    }

    [Fact]
    public async Task ConcurrentUpgradesApplyEachScriptOnce()
    {
        var connectionString = TestDatabase.CreateEmpty("migrate");
        var applied = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Task.Run(() => SchemaMigrator.Upgrade(connectionString))));
        Assert.Equal(SchemaMigrator.KnownScripts, applied.SelectMany(a => a).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void ADatabaseWithANewerSchemaIsRefused()
    {
        var connectionString = TestDatabase.Create("migrate");
        using (var connection = new NpgsqlConnection(connectionString))
        {
            connection.Open();
            using var command = new NpgsqlCommand(
                "INSERT INTO public.incubator_schema_versions (scriptname, applied) VALUES ('Incubator.Schema.Scripts.9999_future.sql', now())", connection);
            command.ExecuteNonQuery();
        }

        var error = Assert.Throws<InvalidOperationException>(() => SchemaMigrator.Upgrade(connectionString));
        Assert.Contains("9999_future", error.Message);
    }

    [Fact]
    public void TheProviderFindsEveryQueryItNeeds()
    {
        var connectionString = TestDatabase.Create("migrate");
        using var connection = new NpgsqlConnection(connectionString);
        connection.Open();
        using var command = new NpgsqlCommand("SELECT querykey FROM orleansquery ORDER BY querykey COLLATE \"C\"", connection);
        using var reader = command.ExecuteReader();
        var keys = new List<string>();
        while (reader.Read())
        {
            keys.Add(reader.GetString(0));
        }

        Assert.Equal(
            [
                "CleanupDefunctSiloEntriesKey", "ClearStorageKey", "DeleteMembershipTableEntriesKey", "DeleteStorageKey", "GatewaysQueryKey",
                "InsertMembershipKey", "InsertMembershipVersionKey", "MembershipReadAllKey", "MembershipReadRowKey", "ReadFromStorageKey",
                "UpdateIAmAlivetimeKey", "UpdateMembershipKey", "WriteToStorageKey",
            ],
            keys);
    }
}
