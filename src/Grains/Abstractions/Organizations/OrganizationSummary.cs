namespace Incubator.Organizations;

/// <summary>One row of an organization list, served from the read model.</summary>
[GenerateSerializer, Immutable, Alias("Incubator.OrganizationSummary")]
public sealed record class OrganizationSummary(
    Guid Id,
    Guid IncubatorId,
    string Name,
    string? CreditCode,
    string FilingNumber,
    OrganizationCategory Category,
    OrganizationStage Stage,
    DateTimeOffset FiledAt);
