namespace Incubator.Common;

/// <summary>
/// The seat rule training sessions and volunteer activities share: the first <c>capacity</c> entries hold seats, later
/// ones wait in the order they came (a waitlist number handed out on joining), and a freed seat goes to the first waiting.
/// The grain that owns the entries runs one call at a time, which makes counting and taking a seat atomic.
/// </summary>
public sealed class SeatQueue<TEntry>(Func<TEntry, bool> holdsSeat, Func<TEntry, long?> waitlistNumber)
    where TEntry : class
{
    public int Taken(IEnumerable<TEntry> entries) => entries.Count(holdsSeat);

    public int WaitlistCount(IEnumerable<TEntry> entries) => entries.Count(e => waitlistNumber(e) is not null);

    public bool HasFreeSeat(IEnumerable<TEntry> entries, int capacity) => Taken(entries) < capacity;

    /// <summary>First come, first promoted.</summary>
    public TEntry? FirstWaiting(IEnumerable<TEntry> entries) =>
        entries.Where(e => waitlistNumber(e) is not null).MinBy(e => waitlistNumber(e));

    /// <summary>1 for the first waiting; null for an entry that is not waiting.</summary>
    public int? WaitlistPosition(IEnumerable<TEntry> entries, TEntry entry) =>
        waitlistNumber(entry) is { } number ? entries.Count(e => waitlistNumber(e) < number) + 1 : null;

    /// <summary>Seats the first waiting entries while seats are free (<paramref name="seat"/> gives one a seat); returns them in order.</summary>
    public IReadOnlyList<TEntry> Promote(IReadOnlyCollection<TEntry> entries, int capacity, Action<TEntry> seat)
    {
        var promoted = new List<TEntry>();
        while (HasFreeSeat(entries, capacity) && FirstWaiting(entries) is { } next)
        {
            seat(next);
            promoted.Add(next);
        }

        return promoted;
    }
}
