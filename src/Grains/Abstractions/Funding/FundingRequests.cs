using Incubator.Common;

namespace Incubator.Funding;

/// <summary>What an organization asks for: an amount for a purpose in a service category.</summary>
[GenerateSerializer, Immutable, Alias("Incubator.RequestFunding")]
public sealed record class RequestFunding(decimal Amount, ServiceCategory Category, string Purpose)
{
    public const int MaxPurposeLength = 1000;

    public IReadOnlyList<FieldError> Validate()
    {
        var errors = new List<FieldError>();
        if (!Money.IsValidAmount(Amount))
        {
            errors.Add(new("amount", ErrorCodes.InvalidAmount));
        }

        if (!Enum.IsDefined(Category))
        {
            errors.Add(FieldError.Required("category"));
        }

        if (FieldError.Text("purpose", Purpose, MaxPurposeLength) is { } purpose)
        {
            errors.Add(purpose);
        }

        return errors;
    }
}

[GenerateSerializer, Immutable, Alias("Incubator.FundingRequest")]
public sealed record class FundingRequest(
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
    Guid? ContractId);

/// <summary>An organization's requests for money, keyed by the organization id. Approval awards a contract from a budget.</summary>
public interface IFundingRequestsGrain : IGrainWithGuidKey
{
    Task<IReadOnlyList<FundingRequest>> ListAsync();

    Task<FundingRequest> RequestAsync(RequestFunding request, Guid incubatorId, Actor actor);

    /// <summary>Approves by awarding from the given budget and project (one tranche on approval), or declines with a reason.</summary>
    Task<FundingRequest> DecideAsync(Guid requestId, bool approve, string reason, string? budgetKey, Guid? projectId, Actor actor);
}
