using Incubator.Geography;

namespace Incubator.Funding;

/// <summary>A contract as the funding read model lists it: who funded whom, for what, when, how much, how much paid.</summary>
[GenerateSerializer, Immutable, Alias("Incubator.FundedContract")]
public sealed record class FundedContract(
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
    DateOnly EndsOn);

/// <summary>Two contracts funding one organization for one category from two tiers in overlapping periods.</summary>
[GenerateSerializer, Immutable, Alias("Incubator.DuplicateSupport")]
public sealed record class DuplicateSupport(FundedContract First, FundedContract Second);

/// <summary>Reads the funding read model.</summary>
public interface IFundingDirectoryGrain : IGrainWithIntegerKey
{
    Task<IReadOnlyList<FundedContract>> ContractsOfAsync(Guid organizationId);

    /// <summary>Duplicate support among organizations of these incubators (null = all).</summary>
    Task<IReadOnlyList<DuplicateSupport>> DuplicatesAsync(IReadOnlyList<Guid>? incubatorIds);
}
