namespace Incubator.Timeline;

/// <summary>
/// What happened. Stored by number (incubator.timeline.action, and in grain state rows written before 0010): append, never
/// renumber. 0-19 lifecycle and party track, 20-29 cohorts, 30-39 support tracks and hubs, 40-49 venue bookings, 50-59 training, 60-69 funding.</summary>
[Alias("Incubator.TimelineAction")]
public enum TimelineAction
{
    Filed = 0,
    Admitted = 1,
    GraduationReviewOpened = 2,
    StageChanged = 3,
    Registered = 4,
    Exited = 5,
    Graduated = 6,
    Extended = 7,
    ReviewItemRecorded = 8,
    HandOffRequested = 9,
    HandOffAccepted = 10,
    HandOffDeclined = 11,
    PartyProfileUpdated = 12,
    CheckpointsScheduled = 13,
    CheckpointCompleted = 14,
    CheckpointOverdue = 15,
    CheckpointsCancelled = 16,
    Renamed = 17,
    ServiceDomainsChanged = 18,
    ContactsChanged = 19,
    AppliedToCohort = 20,
    ApplicationScored = 21,
    Waitlisted = 22,
    Declined = 23,
    PromotedFromWaitlist = 24,
    AdmittedByCohort = 25,

    // 30-39: support tracks and hub organizations.
    MilestoneAdded = 30,
    MilestoneUpdated = 31,
    FlaggedAsHub = 32,
    HubLinked = 33,
    HubUnlinked = 34,
    HubFlagCleared = 35,
    ConsultingRecorded = 36,

    // 40-49: venue bookings.
    BookingRequested = 40,
    BookingApproved = 41,
    BookingDeclined = 42,
    BookingCancelled = 43,
    CheckedIn = 44,
    NoShowReleased = 45,

    // 50-59: training sessions.
    TrainingEnrolled = 50,
    TrainingWaitlisted = 51,
    TrainingWithdrawn = 52,
    TrainingPromoted = 53,
    TrainingAttended = 54,
    TrainingAbsent = 55,

    // 60-69: funding and purchase of services.
    ContractAwarded = 60,
    TranchePaid = 61,
    FundingRequested = 62,
    FundingApproved = 63,
    FundingDeclined = 64,

    // 70-79: communities and social-work stations.
    Stationed = 70,
    StationingEnded = 71,
    StationOperated = 72,
    // 80-89: needs, proposals and engagements (docs/domain.md §10), on the organization's timeline.
    TeamProposed = 80,
    ProposalAccepted = 81,
    ProposalDeclined = 82,
    EngagementStarted = 83,
    EngagementClosed = 84,
    ServiceOfferingUpdated = 85,
}
