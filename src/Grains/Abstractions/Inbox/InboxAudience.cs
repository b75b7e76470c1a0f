namespace Incubator.Inbox;

public enum InboxAudience
{
    Manager = 0,
    PartyBuildingOfficer = 1,
}
