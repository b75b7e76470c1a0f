using Incubator.Common;

namespace Incubator.Funding;

/// <summary>A tranche as requested: amount, due date and the condition for paying it.</summary>
[GenerateSerializer, Immutable, Alias("Incubator.TrancheTerms")]
public sealed record class TrancheTerms(decimal Amount, DateOnly DueOn, string Condition);

/// <summary>Awards a contract (purchase of service or seed grant) from a budget to an organization.</summary>
[GenerateSerializer, Immutable, Alias("Incubator.AwardContract")]
public sealed record class AwardContract(
    Guid ProjectId,
    Guid OrganizationId,
    ContractKind Kind,
    decimal Amount,
    DateOnly StartsOn,
    DateOnly EndsOn,
    IReadOnlyList<TrancheTerms> Tranches)
{
    public IReadOnlyList<FieldError> Validate()
    {
        var errors = new List<FieldError>();
        if (OrganizationId == Guid.Empty)
        {
            errors.Add(new("organizationId", "Choose the organization."));
        }

        if (!Enum.IsDefined(Kind))
        {
            errors.Add(new("kind", "PurchaseOfService or SeedGrant."));
        }

        if (!Money.IsValidAmount(Amount))
        {
            errors.Add(new("amount", "A positive amount in yuan with at most two decimals."));
        }

        if (EndsOn < StartsOn)
        {
            errors.Add(new("endsOn", "The contract ends on or after the day it starts."));
        }

        if (Tranches is null || Tranches.Count == 0)
        {
            errors.Add(new("tranches", "At least one tranche."));
        }
        else if (Tranches.Any(t => !Money.IsValidAmount(t.Amount)))
        {
            errors.Add(new("tranches", "Every tranche is a positive amount with at most two decimals."));
        }
        else if (Tranches.Sum(t => t.Amount) != Amount)
        {
            errors.Add(new("tranches", $"The tranches add up to {Tranches.Sum(t => t.Amount)} but the contract is {Amount}."));
        }
        else if (Tranches.Any(t => string.IsNullOrWhiteSpace(t.Condition)))
        {
            errors.Add(new("tranches", "Every tranche states its condition (e.g. on signing, on the mid-term review)."));
        }

        return errors;
    }
}
