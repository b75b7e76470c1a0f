namespace Incubator.SupportPlans;

/// <summary>Where a milestone stands. Stored by number.</summary>
public enum MilestoneStatus
{
    Planned = 0,
    InProgress = 1,
    Done = 2,
    Blocked = 3,
}
