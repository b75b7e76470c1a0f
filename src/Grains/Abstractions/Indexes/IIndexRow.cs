namespace Incubator.Indexes;

/// <summary>A row an <see cref="IIndexGrain{TRow}"/> keeps: its id, where its index is stored and the order lists show.</summary>
public interface IIndexRow<TRow> where TRow : IIndexRow<TRow>
{
    /// <summary>
    /// The grain state name every index of these rows is stored under (the grain_type column of orleans.grain_state).
    /// Stored rows are found by it: treat it as schema and never change it without a migration.
    /// </summary>
    static abstract string IndexName { get; }

    /// <summary>The rows in the order a list shows them.</summary>
    static abstract IEnumerable<TRow> InListOrder(IEnumerable<TRow> rows);

    /// <summary>One row per id: upserting a row with a known id replaces it.</summary>
    Guid Id { get; }
}
