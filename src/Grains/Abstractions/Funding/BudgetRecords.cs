namespace Incubator.Funding;

/// <summary>
/// One annual purchase-of-service budget of an area (district, subdistrict or community). Carry-over from last year is
/// its own line: Total = NewAllocation + CarriedOver; Available = Total − Awarded.
/// </summary>
[GenerateSerializer, Immutable, Alias("Incubator.BudgetRecord")]
public sealed record class BudgetRecord(
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
    IReadOnlyList<ServiceProject> Projects,
    IReadOnlyList<ContractRecord> Contracts);

[GenerateSerializer, Immutable, Alias("Incubator.ServiceProject")]
public sealed record class ServiceProject(Guid Id, string Name, ServiceCategory Category);

[GenerateSerializer, Immutable, Alias("Incubator.ContractRecord")]
public sealed record class ContractRecord(
    Guid Id,
    Guid ProjectId,
    ServiceCategory Category,
    ContractKind Kind,
    Guid OrganizationId,
    string OrganizationName,
    decimal Amount,
    DateOnly StartsOn,
    DateOnly EndsOn,
    IReadOnlyList<TrancheRecord> Tranches,
    decimal Paid,
    string AwardedBy,
    DateTimeOffset AwardedAt);

/// <summary>A payment in a contract: its amount, when it is due, the condition for paying it, and when it was paid.</summary>
[GenerateSerializer, Immutable, Alias("Incubator.TrancheRecord")]
public sealed record class TrancheRecord(int Number, decimal Amount, DateOnly DueOn, string Condition, DateTimeOffset? PaidAt, string? PaidBy);
