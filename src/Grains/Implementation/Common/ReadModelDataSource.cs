using Npgsql;

namespace Incubator.Common;

/// <summary>The connection pool for our own read-model tables, separate from the grain storage's connections.</summary>
public sealed class ReadModelDataSource(NpgsqlDataSource dataSource)
{
    public NpgsqlDataSource DataSource { get; } = dataSource;
}
