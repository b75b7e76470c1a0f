namespace Incubator.Indexes;

/// <summary>
/// Copies of the rows one owner has (an incubator's cohorts, spaces or courses, an organization's bookings, a training
/// record), so listing them reads one grain instead of activating every row's own grain. The row's own grain decides
/// and refreshes its copy here after every change. Get one with <see cref="IndexGrainExtensions"/>.
/// </summary>
public interface IIndexGrain<TRow> : IGrainWithStringKey where TRow : IIndexRow<TRow>
{
    /// <summary>Adds the row, or replaces the one with its id.</summary>
    Task UpsertAsync(TRow row);

    /// <summary>Removes the row with this id, if there is one.</summary>
    Task RemoveAsync(Guid id);

    /// <summary>Every row, in the order <see cref="IIndexRow{TRow}.InListOrder"/> gives.</summary>
    Task<IReadOnlyList<TRow>> ListAsync();
}
