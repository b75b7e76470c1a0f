using Npgsql;

namespace Incubator.Schema.Tests;

/// <summary>Runs the membership queries from orleansquery as the AdoNet clustering provider does: parameter names without '@', one boolean row for writes.</summary>
internal sealed class ClusteringSql(string connectionString)
{
    public const string ClusterId = "schema-tests";

    /// <summary>SiloStatus numbers as Orleans stores them.</summary>
    public const int Joining = 2, Active = 3, ShuttingDown = 4, Stopping = 5, Dead = 6;

    public async Task<bool> CreateVersionRowAsync() => await ScalarAsync<bool>(await QueryAsync("InsertMembershipVersionKey"), c => c.Parameters.AddWithValue("DeploymentId", ClusterId));

    public async Task<bool> InsertAsync(int version, int port, int status = Joining, DateTime? iAmAlive = null) =>
        await ScalarAsync<bool>(await QueryAsync("InsertMembershipKey"), command =>
        {
            AddMember(command, port);
            command.Parameters.AddWithValue("Version", version);
            command.Parameters.AddWithValue("SiloName", $"silo-{port}");
            command.Parameters.AddWithValue("HostName", "localhost");
            command.Parameters.AddWithValue("Status", status);
            command.Parameters.AddWithValue("ProxyPort", port + 1000);
            command.Parameters.AddWithValue("StartTime", DateTime.UtcNow);
            command.Parameters.AddWithValue("IAmAliveTime", iAmAlive ?? DateTime.UtcNow);
        });

    public async Task<bool> UpdateAsync(int version, int port, int status, DateTime iAmAlive) =>
        await ScalarAsync<bool>(await QueryAsync("UpdateMembershipKey"), command =>
        {
            AddMember(command, port);
            command.Parameters.AddWithValue("Version", version);
            command.Parameters.AddWithValue("Status", status);
            command.Parameters.AddWithValue("SuspectTimes", DBNull.Value);
            command.Parameters.AddWithValue("IAmAliveTime", iAmAlive);
        });

    public async Task HeartbeatAsync(int port, DateTime iAmAlive) =>
        await ExecuteAsync(await QueryAsync("UpdateIAmAlivetimeKey"), command =>
        {
            AddMember(command, port);
            command.Parameters.AddWithValue("IAmAliveTime", iAmAlive);
        });

    public async Task CleanupAsync(DateTime before) =>
        await ExecuteAsync(await QueryAsync("CleanupDefunctSiloEntriesKey"), command =>
        {
            command.Parameters.AddWithValue("DeploymentId", ClusterId);
            command.Parameters.AddWithValue("IAmAliveTime", before);
        });

    public Task<int> VersionAsync() =>
        ScalarAsync<int>("SELECT version FROM orleans.membership_version WHERE deployment_id = @DeploymentId", c => c.Parameters.AddWithValue("DeploymentId", ClusterId));

    public async Task<IReadOnlyList<(int Port, int Status, DateTime IAmAlive)>> MembersAsync()
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            "SELECT port, status, i_am_alive_time FROM orleans.membership WHERE deployment_id = @id ORDER BY port", connection);
        command.Parameters.AddWithValue("id", ClusterId);
        await using var reader = await command.ExecuteReaderAsync();
        var members = new List<(int, int, DateTime)>();
        while (await reader.ReadAsync())
        {
            members.Add((reader.GetInt32(0), reader.GetInt32(1), reader.GetDateTime(2)));
        }

        return members;
    }

    private static void AddMember(NpgsqlCommand command, int port)
    {
        command.Parameters.AddWithValue("DeploymentId", ClusterId);
        command.Parameters.AddWithValue("Address", "127.0.0.1");
        command.Parameters.AddWithValue("Port", port);
        command.Parameters.AddWithValue("Generation", 1);
    }

    private async Task<string> QueryAsync(string key) =>
        await ScalarAsync<string>("SELECT querytext FROM orleansquery WHERE querykey = @key", c => c.Parameters.AddWithValue("key", key));

    private async Task<T> ScalarAsync<T>(string sql, Action<NpgsqlCommand> bind)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        bind(command);
        return (T)(await command.ExecuteScalarAsync())!;
    }

    private async Task ExecuteAsync(string sql, Action<NpgsqlCommand> bind)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        bind(command);
        await command.ExecuteNonQueryAsync();
    }
}
