using Incubator.Common;

namespace Incubator.Indexes;

/// <summary>
/// One grain for every list of rows. The state name comes from the row type, so the indexes of different row types
/// under one owner's key (an incubator's cohorts, spaces and courses) are separate rows in storage.
/// </summary>
public sealed class IndexGrain<TRow> : Grain, IIndexGrain<TRow> where TRow : IIndexRow<TRow>
{
    private readonly IPersistentState<IndexState<TRow>> _state;

    // What [PersistentState] does, with a state name known only once TRow is.
    public IndexGrain(IPersistentStateFactory states, IGrainContext context) =>
        _state = states.Create<IndexState<TRow>>(context, new PersistentStateAttribute(TRow.IndexName, StorageNames.Incubator));

    public async Task UpsertAsync(TRow row)
    {
        _state.State.Rows[row.Id] = row;
        await _state.WriteStateAsync();
    }

    public async Task RemoveAsync(Guid id)
    {
        if (_state.State.Rows.Remove(id))
        {
            await _state.WriteStateAsync();
        }
    }

    public Task<IReadOnlyList<TRow>> ListAsync() =>
        Task.FromResult<IReadOnlyList<TRow>>(TRow.InListOrder(_state.State.Rows.Values).ToArray());
}
