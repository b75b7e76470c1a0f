using Incubator.Funding;
using Incubator.Geography;

namespace Incubator.Client.Funding;

/// <summary>
/// Purchase-of-service budgets and contracts as a user may see and change them: district leaders set a district's
/// budgets and close years; managers of an incubator in the budget's area add projects, award and pay; both read.
/// </summary>
public sealed class FundingService(IClusterClient cluster, IMapper mapper, ScopeService access)
{
    public const int FirstYear = 2000;
    public const int LastYear = 2100;

    public async Task<BudgetDto> BudgetAsync(ClaimsPrincipal user, Guid areaId, int year)
    {
        await ReadableAsync(user, areaId, year);
        return mapper.Map<BudgetDto>(await Budget(areaId, year).GetAsync());
    }

    public async Task<BudgetDto> SetAllocationAsync(ClaimsPrincipal user, Guid areaId, int year, AllocationRequest request)
    {
        await GovernableAsync(user, areaId, year);
        DomainException.ThrowIfInvalid(request.Amount is null ? [FieldError.Required("amount")] : []);
        return mapper.Map<BudgetDto>(await Budget(areaId, year).SetAllocationAsync(request.Amount!.Value, user.Actor()));
    }

    public async Task<BudgetDto> CloseYearAsync(ClaimsPrincipal user, Guid areaId, int year)
    {
        await GovernableAsync(user, areaId, year);
        return mapper.Map<BudgetDto>(await Budget(areaId, year).CloseYearAsync(user.Actor()));
    }

    public async Task<BudgetDto> AddProjectAsync(ClaimsPrincipal user, Guid areaId, int year, ProjectRequest request)
    {
        await SpendableAsync(user, areaId, year);
        DomainException.ThrowIfInvalid(request.Category is null ? [FieldError.Required("category")] : []);
        return mapper.Map<BudgetDto>(await Budget(areaId, year).AddProjectAsync(request.Name ?? "", request.Category!.Value, user.Actor()));
    }

    public async Task<ContractDto> AwardAsync(ClaimsPrincipal user, Guid areaId, int year, AwardRequest request)
    {
        await SpendableAsync(user, areaId, year);
        var errors = new List<FieldError>();
        if (request.ProjectId is null)
        {
            errors.Add(FieldError.Required("projectId"));
        }

        if (request.Amount is null)
        {
            errors.Add(FieldError.Required("amount"));
        }

        if (request.StartsOn is null)
        {
            errors.Add(FieldError.Required("startsOn"));
        }

        if (request.EndsOn is null)
        {
            errors.Add(FieldError.Required("endsOn"));
        }

        if (request.Tranches?.Any(t => t.Amount is null || t.DueOn is null) == true)
        {
            errors.Add(new("tranches", ErrorCodes.ContractTrancheTerms));
        }

        DomainException.ThrowIfInvalid(errors);
        var command = new AwardContract(
            request.ProjectId!.Value,
            request.OrganizationId ?? Guid.Empty,
            request.Kind ?? ContractKind.PurchaseOfService,
            request.Amount!.Value,
            request.StartsOn!.Value,
            request.EndsOn!.Value,
            (request.Tranches ?? []).Select(t => new TrancheTerms(t.Amount!.Value, t.DueOn!.Value, t.Condition ?? "")).ToArray());
        DomainException.ThrowIfInvalid(command.Validate());
        // Awarding to an organization the user cannot see would reveal it; 404 like everywhere else.
        await access.ReadableAsync(user, command.OrganizationId);
        return mapper.Map<ContractDto>(await Budget(areaId, year).AwardAsync(command, user.Actor()));
    }

    public async Task<ContractDto> PayTrancheAsync(ClaimsPrincipal user, Guid areaId, int year, Guid contractId, int trancheNumber)
    {
        await SpendableAsync(user, areaId, year);
        return mapper.Map<ContractDto>(await Budget(areaId, year).PayTrancheAsync(contractId, trancheNumber, user.Actor()));
    }

    public async Task<IReadOnlyList<FundedContractDto>> OrganizationContractsAsync(ClaimsPrincipal user, Guid organizationId)
    {
        await access.ReadableAsync(user, organizationId);
        return mapper.Map<IReadOnlyList<FundedContractDto>>(await cluster.GetGrain<IFundingDirectoryGrain>(0).ContractsOfAsync(organizationId));
    }

    public async Task<IReadOnlyList<FundingRequestDto>> RequestsAsync(ClaimsPrincipal user, Guid organizationId)
    {
        await access.ReadableAsync(user, organizationId);
        return mapper.Map<IReadOnlyList<FundingRequestDto>>(await cluster.GetGrain<IFundingRequestsGrain>(organizationId).ListAsync());
    }

    /// <summary>The organization's representative asks for money (or its manager on its behalf).</summary>
    public async Task<FundingRequestDto> RequestAsync(ClaimsPrincipal user, Guid organizationId, FundingRequestRequest request)
    {
        var organization = await access.ReadableAsync(user, organizationId);
        UserScope.Require((await access.ForAsync(user)).CanActFor(organization), ErrorCodes.RepresentativeOrManager, ErrorArg.Phrase("action", "requestsFunding"));
        var command = new RequestFunding(request.Amount ?? 0, request.Category ?? (ServiceCategory)(-1), request.Purpose ?? "");
        DomainException.ThrowIfInvalid(command.Validate());

        return mapper.Map<FundingRequestDto>(await cluster.GetGrain<IFundingRequestsGrain>(organizationId).RequestAsync(command, organization.IncubatorId, user.Actor()));
    }

    public async Task<FundingRequestDto> DecideRequestAsync(ClaimsPrincipal user, Guid organizationId, Guid requestId, FundingDecisionRequest request)
    {
        await access.ManageableAsync(user, organizationId, "decidesFundingRequests");
        var errors = new List<FieldError>();
        if (request.Approve is null)
        {
            errors.Add(FieldError.Required("approve"));
        }
        else if (request.Approve.Value && (request.BudgetAreaId is null || request.BudgetYear is null || request.ProjectId is null))
        {
            errors.Add(FieldError.Required("projectId"));
        }

        DomainException.ThrowIfInvalid(errors);
        string? budgetKey = null;
        if (request.Approve!.Value)
        {
            await SpendableAsync(user, request.BudgetAreaId!.Value, request.BudgetYear!.Value);
            budgetKey = IBudgetGrain.KeyFor(request.BudgetAreaId.Value, request.BudgetYear.Value);
        }

        return mapper.Map<FundingRequestDto>(await cluster.GetGrain<IFundingRequestsGrain>(organizationId)
            .DecideAsync(requestId, request.Approve.Value, request.Reason ?? "", budgetKey, request.ProjectId, user.Actor()));
    }

    public async Task<IReadOnlyList<DuplicateSupportDto>> DuplicatesAsync(ClaimsPrincipal user)
    {
        var visible = (await access.ForAsync(user)).VisibleIncubators;
        if (visible is [])
        {
            return [];
        }

        return mapper.Map<IReadOnlyList<DuplicateSupportDto>>(await cluster.GetGrain<IFundingDirectoryGrain>(0).DuplicatesAsync(visible));
    }

    /// <summary>Areas whose budgets the user may read: everything for administrators, his district's areas otherwise.</summary>
    public async Task<IReadOnlyList<AreaRecord>> BudgetAreasAsync(ClaimsPrincipal user)
    {
        var scope = await access.ForAsync(user);
        return scope.Geography.Areas.Where(a => scope.CanReadBudgetsOf(a.Id)).OrderBy(a => a.Level).ThenBy(a => a.Name).ToArray();
    }

    private IBudgetGrain Budget(Guid areaId, int year) => cluster.GetGrain<IBudgetGrain>(IBudgetGrain.KeyFor(areaId, year));

    private async Task ReadableAsync(ClaimsPrincipal user, Guid areaId, int year)
    {
        if (year is < FirstYear or > LastYear)
        {
            throw DomainException.Invalid(FieldError.OutOfRange("year", FirstYear, LastYear));
        }

        var scope = await access.ForAsync(user);
        if (scope.Geography.FindArea(areaId) is null || !scope.CanReadBudgetsOf(areaId))
        {
            throw DomainException.NoSuch("areaId", "area", areaId);
        }
    }

    /// <summary>Setting the allocation and closing the year: the district leader's decision (or an administrator's).</summary>
    private async Task GovernableAsync(ClaimsPrincipal user, Guid areaId, int year)
    {
        await ReadableAsync(user, areaId, year);
        UserScope.Require((await access.ForAsync(user)).CanGovernBudgetsOf(areaId), ErrorCodes.DistrictLeaderOnly);
    }

    /// <summary>Projects, awards and payments: also the manager of an incubator in the budget's own area.</summary>
    private async Task SpendableAsync(ClaimsPrincipal user, Guid areaId, int year)
    {
        await ReadableAsync(user, areaId, year);
        UserScope.Require((await access.ForAsync(user)).CanSpendBudgetsOf(areaId), ErrorCodes.DistrictLeaderOnly);
    }
}
