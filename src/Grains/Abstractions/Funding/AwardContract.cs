using Incubator.Common;

namespace Incubator.Funding;

/// <summary>A tranche as requested: amount, due date and the condition for paying it.</summary>
[GenerateSerializer, Immutable, Alias("Incubator.TrancheTerms")]
public sealed record class TrancheTerms(decimal Amount, DateOnly DueOn, string Condition)
{
    /// <summary>
    /// The condition of the one tranche of a seed grant that the platform awards itself: a code, which pages word in
    /// the viewer's language, where other conditions are the text a manager typed.
    /// </summary>
    public const string OnApproval = "seedGrant.onApproval";
}

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
            errors.Add(FieldError.Required("organizationId"));
        }

        if (!Enum.IsDefined(Kind))
        {
            errors.Add(FieldError.UnknownValue("kind"));
        }

        if (!Money.IsValidAmount(Amount))
        {
            errors.Add(new("amount", ErrorCodes.InvalidAmount));
        }

        if (EndsOn < StartsOn)
        {
            errors.Add(new("endsOn", ErrorCodes.EndsBeforeStart));
        }

        if (Tranches is null || Tranches.Count == 0)
        {
            errors.Add(new("tranches", ErrorCodes.AtLeastOne));
        }
        else if (Tranches.Any(t => !Money.IsValidAmount(t.Amount)))
        {
            errors.Add(new("tranches", ErrorCodes.ContractTrancheAmount));
        }
        else if (Tranches.Sum(t => t.Amount) != Amount)
        {
            errors.Add(FieldError.Of("tranches", ErrorCodes.ContractTranchesSum, Money.Arg("sum", Tranches.Sum(t => t.Amount)), Money.Arg("amount", Amount)));
        }
        else if (Tranches.Any(t => string.IsNullOrWhiteSpace(t.Condition)))
        {
            errors.Add(new("tranches", ErrorCodes.ContractTrancheCondition));
        }

        return errors;
    }
}
