namespace Incubator.Indexes;

/// <summary>
/// Persisted rows of one <see cref="IndexGrain{TRow}"/>. Stored by type name (migration 0011 moved the five list grains'
/// states here): never rename it, its namespace or its property.
/// </summary>
[GenerateSerializer, Alias("Incubator.IndexState`1")]
public sealed class IndexState<TRow>
{
    [Id(0)] public Dictionary<Guid, TRow> Rows { get; set; } = [];
}
