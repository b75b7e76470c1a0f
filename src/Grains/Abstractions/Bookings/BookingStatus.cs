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
    /// <summary>已取消: every occurrence was cancelled before the manager decided; nothing is left to approve.</summary>
    Cancelled = 3,
}
