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

public sealed record class FundingRequestRequest(decimal? Amount, ServiceCategory? Category, string? Purpose);

/// <summary>Approve from a budget (area, year, project) or decline; a reason either way.</summary>
public sealed record class FundingDecisionRequest(bool? Approve, string? Reason, Guid? BudgetAreaId, int? BudgetYear, Guid? ProjectId);
