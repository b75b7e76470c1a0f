using System.Globalization;
using Incubator.Common;
using Incubator.Geography;
using Incubator.Venues;
using Incubator.Inbox;
using Incubator.Organizations;
using Incubator.Timeline;

namespace Incubator.Funding;

/// <summary>Persisted requests of one organization. Stored by type name: never rename.</summary>
[GenerateSerializer, Alias("Incubator.FundingRequestsState")]
public sealed class FundingRequestsState
{
    [Id(0)] public List<FundingRequest> Requests { get; set; } = [];
}

public sealed class FundingRequestsGrain(
    [PersistentState("fundingRequests", StorageNames.Incubator)] IPersistentState<FundingRequestsState> state,
    InboxReadModel inbox,
    TimelineWriter timeline,
    DomainClock clock) : Grain, IFundingRequestsGrain
{
    private Guid OrganizationId => this.GetPrimaryKey();

    public Task<IReadOnlyList<FundingRequest>> ListAsync() =>
        Task.FromResult<IReadOnlyList<FundingRequest>>(state.State.Requests.OrderByDescending(r => r.RequestedAt).ToArray());

    public async Task<FundingRequest> RequestAsync(RequestFunding request, Guid incubatorId, Actor actor)
    {
        DomainException.ThrowIfInvalid(request.Validate());

        var organization = GrainFactory.GetGrain<IOrganizationGrain>(OrganizationId);
        var record = await organization.GetAsync() ?? throw DomainException.NoSuch("id", "organization", OrganizationId);
        var now = clock.UtcNow;
        var created = new FundingRequest(Guid.NewGuid(), request.Amount, request.Category, request.Purpose.Trim(), FundingRequestStatus.Pending,
            actor.DisplayName, now, null, null, null, null);
        state.State.Requests.Add(created);
        await state.WriteStateAsync();
        await timeline.AppendAsync(OrganizationId, TimelineAction.FundingRequested, actor,
            TimelineArgument.Amount(request.Amount),
            TimelineArgument.Enum(TimelineArgs.ServiceCategory, request.Category),
            TimelineArgument.Text(TimelineArgs.Purpose, created.Purpose));
        await inbox.OpenAsync(new InboxItem(Key(created.Id), incubatorId, InboxAudience.Manager, InboxKind.FundingRequest, OrganizationId, record.Name, null, now));
        return created;
    }

    public async Task<FundingRequest> DecideAsync(Guid requestId, bool approve, string reason, string? budgetKey, Guid? projectId, Actor actor)
    {
        var index = state.State.Requests.FindIndex(r => r.Id == requestId);
        if (index < 0)
        {
            throw DomainException.NoSuch("requestId", "fundingRequest", requestId);
        }

        var request = state.State.Requests[index];
        if (request.Status != FundingRequestStatus.Pending)
        {
            throw DomainException.Conflict("requestId", ErrorCodes.FundingAlreadyDecided, ErrorArg.Label("status", request.Status));
        }

        if (string.IsNullOrWhiteSpace(reason))
        {
            throw DomainException.Invalid(FieldError.Required("reason"));
        }

        Guid? contractId = null;
        if (approve)
        {
            if (budgetKey is null || projectId is null)
            {
                throw DomainException.Invalid("projectId", ErrorCodes.FundingSourceRequired);
            }

            // The budget refuses what it cannot afford, so an approval never overspends it.
            // The service period lies in the budget's year, from today where the organization is (not the UTC date).
            var geography = await GrainFactory.GeographyAsync();
            var incubatorId = (await GrainFactory.GetGrain<IOrganizationGrain>(OrganizationId).GetAsync())?.IncubatorId ?? Guid.Empty;
            var budgetYear = int.Parse(budgetKey[(budgetKey.IndexOf(':') + 1)..], CultureInfo.InvariantCulture);
            var localToday = DateOnly.FromDateTime(VenueTime.ToLocal(clock.UtcNow, geography.TimeZoneOfIncubator(incubatorId)));
            var today = localToday.Year == budgetYear ? localToday : new DateOnly(budgetYear, 1, 1);
            var contract = await GrainFactory.GetGrain<IBudgetGrain>(budgetKey).AwardAsync(new AwardContract(
                projectId.Value, OrganizationId, ContractKind.SeedGrant, request.Amount, today, new DateOnly(budgetYear, 12, 31),
                [new TrancheTerms(request.Amount, today, TrancheTerms.OnApproval)]), actor);
            contractId = contract.Id;
        }

        var now = clock.UtcNow;
        var decided = request with
        {
            Status = approve ? FundingRequestStatus.Approved : FundingRequestStatus.Declined,
            DecidedBy = actor.DisplayName,
            DecidedAt = now,
            DecisionReason = reason.Trim(),
            ContractId = contractId,
        };
        state.State.Requests[index] = decided;
        await state.WriteStateAsync();
        await timeline.AppendAsync(OrganizationId, approve ? TimelineAction.FundingApproved : TimelineAction.FundingDeclined, actor,
            TimelineArgument.Amount(request.Amount), TimelineArgument.Text(TimelineArgs.Reason, decided.DecisionReason ?? ""));
        await inbox.CloseAsync([Key(requestId)], now);
        return decided;
    }

    private static string Key(Guid requestId) => $"{InboxKind.FundingRequest}:{requestId:N}";
}
