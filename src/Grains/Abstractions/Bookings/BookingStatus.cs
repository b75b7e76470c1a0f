namespace Incubator.Bookings;

/// <summary>Where a booking request stands. Stored by number: append, never renumber.</summary>
public enum BookingStatus
{
    /// <summary>待审批: holds its slots until the manager decides.</summary>
    Pending = 0,
    /// <summary>已确认</summary>
    Approved = 1,
    /// <summary>未批准: its slots are free again.</summary>
    Declined = 2,
}

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
