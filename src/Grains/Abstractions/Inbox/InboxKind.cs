namespace Incubator.Inbox;

public enum InboxKind
{
    /// <summary>A graduation review is open.</summary>
    GraduationReview = 0,
    /// <summary>A co-incubation checkpoint is coming due (for the party-building officer).</summary>
    CheckpointDue = 1,
    /// <summary>A checkpoint passed its due date without a result (escalated to the manager).</summary>
    CheckpointOverdue = 2,
    /// <summary>A hand-off waits for the receiving manager.</summary>
    HandOffWaiting = 3,
    /// <summary>A cohort application waits for scores.</summary>
    ApplicationToScore = 4,
    /// <summary>The same organization is funded for the same service category by two tiers in overlapping periods.</summary>
    DuplicateSupport = 5,
    /// <summary>An organization asks for money.</summary>
    FundingRequest = 6,
    /// <summary>A booking of a space waits for the space's manager.</summary>
    BookingRequest = 7,
    /// <summary>Two tiers fund two organizations for the same target group in the same community in overlapping periods (docs/domain.md §10).</summary>
    DuplicateCommunitySupport = 8,
    /// <summary>A community's need stayed unmatched past its due date and was escalated to the subdistrict or the district.</summary>
    NeedEscalated = 9,
    /// <summary>A proposal of a team waits for the organization's or the social worker's answer.</summary>
    ProposalWaiting = 10,
}
