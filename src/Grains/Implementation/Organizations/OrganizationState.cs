using Incubator.HandOffs;
using Incubator.Party;

namespace Incubator.Organizations;

/// <summary>Persisted state of <see cref="OrganizationGrain"/>. Stored as JSON with its type name: never rename it or renumber its ids.</summary>
[GenerateSerializer, Alias("Incubator.OrganizationState")]
public sealed class OrganizationState
{
    [Id(0)] public Guid IncubatorId { get; set; }
    [Id(1)] public string Name { get; set; } = "";
    [Id(2)] public OrganizationCategory Category { get; set; }
    [Id(3)] public List<ServiceDomain> ServiceDomains { get; set; } = [];
    [Id(4)] public string ContactName { get; set; } = "";
    [Id(5)] public string ContactPhone { get; set; } = "";
    [Id(6)] public string? CreditCode { get; set; }
    [Id(7)] public string FilingNumber { get; set; } = "";
    [Id(8)] public LegalStatus LegalStatus { get; set; }
    [Id(9)] public OrganizationStage Stage { get; set; }
    [Id(10)] public DateTimeOffset FiledAt { get; set; }
    [Id(11)] public DateTimeOffset? IncubationStartedAt { get; set; }
    [Id(12)] public DateTimeOffset? IncubationEndsAt { get; set; }
    [Id(13)] public string? GraduationReviewJobId { get; set; }
    [Id(14)] public DateTimeOffset? GraduationReviewOpenedAt { get; set; }
    // 15 held the timeline; 0010 moved it to incubator.timeline. Rows written before still carry a "Timeline" member,
    // which deserialization skips (no property), and the grain's next write drops. Never reuse 15.
    [Id(16)] public Guid? CohortId { get; set; }
    [Id(17)] public string? ExitReason { get; set; }
    [Id(18)] public bool ExtensionUsed { get; set; }
    [Id(19)] public List<RecordedReviewItem> ReviewItems { get; set; } = [];
    [Id(20)] public int FormalPartyMembers { get; set; }
    [Id(21)] public PartyBranchForm BranchForm { get; set; }
    [Id(22)] public string? InstructorName { get; set; }
    [Id(23)] public List<CheckpointState> Checkpoints { get; set; } = [];
    [Id(24)] public HandOff? PendingHandOff { get; set; }
    [Id(25)] public List<IncubatorTenure> Tenures { get; set; } = [];
    [Id(26)] public DateTimeOffset? GraduatedAt { get; set; }
    [Id(27)] public string? CertificateNumber { get; set; }
    [Id(28)] public string? DecisionReason { get; set; }
    // The timeline entries of the latest writes that may not be projected yet: written in the same commit as the state,
    // appended by the projection (exactly once, see OrganizationProjection) and dropped by the next write after that.
    [Id(29)] public List<UnprojectedTimelineEntry> UnprojectedTimeline { get; set; } = [];
    [Id(30)] public List<FormerName> FormerNames { get; set; } = [];

    /// <summary>Recorded with the credit code (filing or registration); null before, and for codes recorded before it was asked.</summary>
    [Id(31)] public LegalForm? LegalForm { get; set; }
}
