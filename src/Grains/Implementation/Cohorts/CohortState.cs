using Incubator.Common;
using Incubator.Organizations;

namespace Incubator.Cohorts;

/// <summary>Persisted state of <see cref="CohortGrain"/>. Stored as JSON with its type name: never rename it or renumber its ids.</summary>
[GenerateSerializer, Alias("Incubator.CohortState")]
public sealed class CohortState
{
    [Id(0)] public Guid IncubatorId { get; set; }
    [Id(1)] public string Name { get; set; } = "";
    [Id(2)] public DateOnly IntakeOpensOn { get; set; }
    [Id(3)] public DateOnly IntakeClosesOn { get; set; }
    [Id(4)] public int Capacity { get; set; }
    [Id(5)] public int IncubationMonths { get; set; }
    [Id(6)] public List<ScreeningCriterion> Criteria { get; set; } = [];
    [Id(7)] public List<OrganizationCategory> FavouredCategories { get; set; } = [];
    [Id(8)] public int FavouredCategoryWeight { get; set; }
    [Id(9)] public DateTimeOffset OpenedAt { get; set; }
    [Id(10)] public string OpenedBy { get; set; } = "";
    [Id(11)] public List<ApplicationState> Applications { get; set; } = [];

    /// <summary>Handed out at each waitlist decision, so the waitlist keeps the order of those decisions.</summary>
    [Id(12)] public long NextWaitlistNumber { get; set; } = 1;
}

/// <summary>One application inside <see cref="CohortState"/>. Stored with it: never rename or renumber.</summary>
[GenerateSerializer, Alias("Incubator.CohortApplicationState")]
public sealed class ApplicationState
{
    [Id(0)] public Guid OrganizationId { get; set; }
    [Id(1)] public string OrganizationName { get; set; } = "";
    [Id(2)] public OrganizationCategory Category { get; set; }
    [Id(3)] public List<ServiceDomain> ServiceDomains { get; set; } = [];
    [Id(4)] public string Mission { get; set; } = "";
    [Id(5)] public int FormalMembers { get; set; }
    [Id(6)] public string ServicesDelivered { get; set; } = "";
    [Id(7)] public string Needs { get; set; } = "";
    [Id(8)] public DateTimeOffset SubmittedAt { get; set; }
    [Id(9)] public string SubmittedBy { get; set; } = "";
    [Id(10)] public List<CriterionScore> Scores { get; set; } = [];
    [Id(11)] public ApplicationStatus Status { get; set; }
    [Id(12)] public string? DecisionReason { get; set; }
    [Id(13)] public DateTimeOffset? DecidedAt { get; set; }
    [Id(14)] public string? DecidedBy { get; set; }
    [Id(15)] public long? WaitlistNumber { get; set; }

    /// <summary>A decision the platform took itself gives its reason as a code the Client words, not as typed text.</summary>
    [Id(16)] public string? DecisionReasonCode { get; set; }

    [Id(17)] public List<ErrorArg> DecisionReasonArgs { get; set; } = [];
}
