namespace Incubator.Party;

public enum CheckpointStatus
{
    Pending = 0,
    Completed = 1,
    Overdue = 2,
    Cancelled = 3,
}
