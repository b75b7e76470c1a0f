using Incubator.HandOffs;

namespace Incubator.Organizations;

/// <summary>An organization as the grain shows it to the Client.</summary>
[GenerateSerializer, Immutable, Alias("Incubator.OrganizationRecord")]
public sealed record class OrganizationRecord(
    Guid Id,
    Guid IncubatorId,
    string Name,
    OrganizationCategory Category,
    IReadOnlyList<ServiceDomain> ServiceDomains,
    string ContactName,
    string ContactPhone,
    string? CreditCode,
    string FilingNumber,
    LegalStatus LegalStatus,
    OrganizationStage Stage,
    DateTimeOffset FiledAt,
    DateTimeOffset? IncubationStartedAt,
    DateTimeOffset? IncubationEndsAt,
    DateTimeOffset? GraduationReviewOpenedAt,
    Guid? CohortId,
    string? ExitReason,
    bool ExtensionUsed,
    DateTimeOffset? GraduatedAt,
    string? CertificateNumber,
    string? DecisionReason,
    HandOff? PendingHandOff,
    IReadOnlyList<IncubatorTenure> Tenures,
    IReadOnlyList<FormerName> FormerNames,
    LegalForm? LegalForm = null);
