namespace Incubator.Venues;

/// <summary>What kind of space an incubator offers (场地). Stored by number: append, never renumber.</summary>
public enum SpaceKind
{
    /// <summary>工位</summary>
    Desk = 0,
    /// <summary>办公室</summary>
    Office = 1,
    /// <summary>会议室</summary>
    MeetingRoom = 2,
    /// <summary>活动室/活动大厅</summary>
    ActivityHall = 3,
}
