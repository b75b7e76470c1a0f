using Incubator.Funding;

namespace Incubator.Client.Funding;

public sealed record class AllocationRequest(decimal? Amount);

public sealed record class ProjectRequest(string? Name, ServiceCategory? Category);

public sealed record class TrancheRequest(decimal? Amount, DateOnly? DueOn, string? Condition);

public sealed record class AwardRequest(
    Guid? ProjectId,
    Guid? OrganizationId,
    ContractKind? Kind,
    decimal? Amount,
    DateOnly? StartsOn,
    DateOnly? EndsOn,
    IReadOnlyList<TrancheRequest>? Tranches);
