namespace Incubator.Cohorts;

/// <summary>Where an application stands. Stored by number: append, never renumber.</summary>
public enum ApplicationStatus
{
    /// <summary>待决定</summary>
    Pending = 0,
    /// <summary>已入壳: holds a place.</summary>
    Admitted = 1,
    /// <summary>候补: waits for a place in the order it was waitlisted.</summary>
    Waitlisted = 2,
    /// <summary>不予入驻</summary>
    Declined = 3,
    /// <summary>Admitted, then left incubation: its place went back to the cohort.</summary>
    PlaceReleased = 4,
}
