namespace Incubator.Bookings;

/// <summary>Where one occurrence of a booking stands. Stored by number: append, never renumber.</summary>
public enum OccurrenceStatus
{
    /// <summary>Holds the slot; waits for its time and check-in.</summary>
    Scheduled = 0,
    /// <summary>已取消: the slot is free again.</summary>
    Cancelled = 1,
    /// <summary>已签到</summary>
    CheckedIn = 2,
    /// <summary>No one checked in within the grace period: released (爽约释放), the slot is free again.</summary>
    Released = 3,
}
