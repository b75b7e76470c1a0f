using Incubator.Funding;

namespace Incubator.Funding;

/// <summary>Persisted state of <see cref="BudgetGrain"/>. Stored by type name: never rename or renumber.</summary>
[GenerateSerializer, Alias("Incubator.BudgetState")]
public sealed class BudgetState
{
    [Id(0)] public decimal NewAllocation { get; set; }
    [Id(1)] public decimal CarriedOver { get; set; }
    [Id(2)] public bool Closed { get; set; }
    [Id(3)] public decimal? CarriedForward { get; set; }
    [Id(4)] public List<ServiceProject> Projects { get; set; } = [];
    [Id(5)] public List<ContractState> Contracts { get; set; } = [];
}

[GenerateSerializer, Alias("Incubator.ContractState")]
public sealed class ContractState
{
    [Id(0)] public Guid Id { get; set; }
    [Id(1)] public Guid ProjectId { get; set; }
    [Id(2)] public ServiceCategory Category { get; set; }
    [Id(3)] public ContractKind Kind { get; set; }
    [Id(4)] public Guid OrganizationId { get; set; }
    [Id(5)] public string OrganizationName { get; set; } = "";
    [Id(6)] public decimal Amount { get; set; }
    [Id(7)] public DateOnly StartsOn { get; set; }
    [Id(8)] public DateOnly EndsOn { get; set; }
    [Id(9)] public List<TrancheRecord> Tranches { get; set; } = [];
    [Id(10)] public string AwardedBy { get; set; } = "";
    [Id(11)] public DateTimeOffset AwardedAt { get; set; }

    public decimal Paid => Tranches.Where(t => t.PaidAt is not null).Sum(t => t.Amount);

    public ContractRecord ToRecord() =>
        new(Id, ProjectId, Category, Kind, OrganizationId, OrganizationName, Amount, StartsOn, EndsOn, Tranches.ToArray(), Paid, AwardedBy, AwardedAt);
}
