using Incubator.Funding;
using Incubator.Geography;

namespace Incubator.Client.Funding;

public sealed record class BudgetDto(
    Guid AreaId,
    int Year,
    decimal NewAllocation,
    decimal CarriedOver,
    decimal Total,
    decimal Awarded,
    decimal Paid,
    decimal Available,
    bool Closed,
    decimal? CarriedForward,
    IReadOnlyList<ServiceProjectDto> Projects,
    IReadOnlyList<ContractDto> Contracts)
{
    private sealed class Mapping : DtoMap<BudgetRecord, BudgetDto>;
}

public sealed record class ServiceProjectDto(Guid Id, string Name, ServiceCategory Category)
{
    private sealed class Mapping : DtoMap<ServiceProject, ServiceProjectDto>;
}

public sealed record class ContractDto(
    Guid Id,
    Guid ProjectId,
    ServiceCategory Category,
    ContractKind Kind,
    Guid OrganizationId,
    string OrganizationName,
    decimal Amount,
    DateOnly StartsOn,
    DateOnly EndsOn,
    IReadOnlyList<TrancheDto> Tranches,
    decimal Paid,
    string AwardedBy,
    DateTimeOffset AwardedAt)
{
    private sealed class Mapping : DtoMap<ContractRecord, ContractDto>;
}

public sealed record class TrancheDto(int Number, decimal Amount, DateOnly DueOn, string Condition, DateTimeOffset? PaidAt, string? PaidBy)
{
    private sealed class Mapping : DtoMap<TrancheRecord, TrancheDto>;
}

public sealed record class FundedContractDto(
    Guid ContractId,
    Guid AreaId,
    AreaLevel AreaLevel,
    int BudgetYear,
    Guid OrganizationId,
    string OrganizationName,
    ServiceCategory Category,
    ContractKind Kind,
    decimal Amount,
    decimal Paid,
    DateOnly StartsOn,
    DateOnly EndsOn)
{
    private sealed class Mapping : DtoMap<FundedContract, FundedContractDto>;
}

public sealed record class DuplicateSupportDto(FundedContractDto First, FundedContractDto Second)
{
    private sealed class Mapping : DtoMap<DuplicateSupport, DuplicateSupportDto>;
}

public sealed record class FundingRequestDto(
    Guid Id,
    decimal Amount,
    ServiceCategory Category,
    string Purpose,
    FundingRequestStatus Status,
    string RequestedBy,
    DateTimeOffset RequestedAt,
    string? DecidedBy,
    DateTimeOffset? DecidedAt,
    string? DecisionReason,
    Guid? ContractId)
{
    private sealed class Mapping : DtoMap<FundingRequest, FundingRequestDto>;
}
