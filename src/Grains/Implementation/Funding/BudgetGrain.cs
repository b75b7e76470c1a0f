using Incubator.Common;
using Incubator.Geography;
using Incubator.Organizations;
using Incubator.Timeline;

namespace Incubator.Funding;

/// <summary>
/// One area's budget for one year. Orleans runs one call at a time per budget, so checking what is available and
/// awarding happen together: simultaneous awards can never spend more than the budget holds.
/// </summary>
public sealed class BudgetGrain(
    [PersistentState("budget", StorageNames.Incubator)] IPersistentState<BudgetState> state,
    FundingReadModel fundingReadModel,
    TimelineWriter timeline,
    DomainClock clock) : Grain, IBudgetGrain
{
    public const int MaxProjectNameLength = 100;

    private BudgetState S => state.State;

    private Guid AreaId => Guid.ParseExact(this.GetPrimaryKeyString()[..32], "N");

    private int Year => int.Parse(this.GetPrimaryKeyString()[33..]);

    private decimal Total => S.NewAllocation + S.CarriedOver;

    private decimal Awarded => S.Contracts.Sum(c => c.Amount);

    public Task<BudgetRecord> GetAsync() => Task.FromResult(ToRecord());

    public async Task<BudgetRecord> SetAllocationAsync(decimal amount, Actor actor)
    {
        EnsureOpen();
        if (amount < 0 || decimal.Round(amount, 2) != amount || amount > 1_000_000_000m)
        {
            throw DomainException.Invalid("amount", ErrorCodes.InvalidTotal);
        }

        if (amount + S.CarriedOver < Awarded)
        {
            throw DomainException.Conflict("amount", ErrorCodes.BudgetBelowAwarded, Money.Arg("awarded", Awarded));
        }

        S.NewAllocation = amount;
        await state.WriteStateAsync();
        return ToRecord();
    }

    public async Task<BudgetRecord> AddProjectAsync(string name, ServiceCategory category, Actor actor)
    {
        EnsureOpen();
        if (string.IsNullOrWhiteSpace(name) || name.Trim().Length > MaxProjectNameLength)
        {
            throw DomainException.Invalid(FieldError.Text("name", name, MaxProjectNameLength) ?? FieldError.Required("name"));
        }

        if (!Enum.IsDefined(category))
        {
            throw DomainException.Invalid(FieldError.UnknownValue("category"));
        }

        S.Projects.Add(new ServiceProject(Guid.NewGuid(), name.Trim(), category));
        await state.WriteStateAsync();
        return ToRecord();
    }

    public async Task<ContractRecord> AwardAsync(AwardContract command, Actor actor)
    {
        EnsureOpen();
        DomainException.ThrowIfInvalid(command.Validate());

        var project = S.Projects.FirstOrDefault(p => p.Id == command.ProjectId)
            ?? throw DomainException.Invalid("projectId", ErrorCodes.BudgetUnknownProject);
        var available = Total - Awarded;
        if (command.Amount > available)
        {
            throw DomainException.Conflict("amount", ErrorCodes.BudgetOverspent, Money.Arg("available", available), Money.Arg("amount", command.Amount));
        }

        // A year's money buys services that start in that year (they may run on into the next).
        if (command.StartsOn.Year != Year)
        {
            throw DomainException.Invalid("startsOn", ErrorCodes.ContractPeriodOutsideYear, ErrorArg.Text("year", Year));
        }

        var organization = await GrainFactory.GetGrain<IOrganizationGrain>(command.OrganizationId).GetAsync()
            ?? throw DomainException.NoSuchInput("organizationId", "organization", command.OrganizationId);
        if (organization.Stage == OrganizationStage.Exited)
        {
            throw DomainException.Conflict("organizationId", ErrorCodes.ContractPartyLeft, ErrorArg.Text("name", organization.Name));
        }

        var contract = new ContractState
        {
            Id = Guid.NewGuid(),
            ProjectId = project.Id,
            Category = project.Category,
            Kind = command.Kind,
            OrganizationId = organization.Id,
            OrganizationName = organization.Name,
            Amount = command.Amount,
            StartsOn = command.StartsOn,
            EndsOn = command.EndsOn,
            Tranches = command.Tranches.Select((t, i) => new TrancheRecord(i + 1, t.Amount, t.DueOn, t.Condition.Trim(), null, null)).ToList(),
            AwardedBy = actor.DisplayName,
            AwardedAt = clock.UtcNow,
        };
        S.Contracts.Add(contract);
        await state.WriteStateAsync();

        var geography = await GrainFactory.GeographyAsync();
        var level = geography.FindArea(AreaId)?.Level ?? AreaLevel.District;
        await fundingReadModel.RecordContractAsync(contract, this.GetPrimaryKeyString(), AreaId, level, Year);
        await timeline.AppendAsync(organization.Id, TimelineAction.ContractAwarded, actor,
            TimelineArgument.Enum(TimelineArgs.ContractKind, command.Kind),
            TimelineArgument.Text(TimelineArgs.Project, project.Name),
            TimelineArgument.Enum(TimelineArgs.ServiceCategory, project.Category),
            TimelineArgument.Amount(command.Amount),
            TimelineArgument.Date(TimelineArgs.StartsOn, command.StartsOn),
            TimelineArgument.Date(TimelineArgs.EndsOn, command.EndsOn),
            TimelineArgument.Number(TimelineArgs.Count, command.Tranches.Count),
            TimelineArgument.Id(TimelineArgs.AreaId, AreaId));
        await fundingReadModel.FlagDuplicatesAsync(contract, geography, clock.UtcNow);
        return contract.ToRecord();
    }

    public async Task<ContractRecord> PayTrancheAsync(Guid contractId, int trancheNumber, Actor actor)
    {
        var contract = S.Contracts.FirstOrDefault(c => c.Id == contractId)
            ?? throw DomainException.NoSuch("contractId", "contract", contractId);
        var index = contract.Tranches.FindIndex(t => t.Number == trancheNumber);
        if (index < 0)
        {
            throw DomainException.NoSuch("trancheNumber", "tranche", trancheNumber);
        }

        if (contract.Tranches[index].PaidAt is not null)
        {
            throw DomainException.Conflict("trancheNumber", ErrorCodes.TrancheAlreadyPaid, ErrorArg.Text("number", trancheNumber));
        }

        var now = clock.UtcNow;
        contract.Tranches[index] = contract.Tranches[index] with { PaidAt = now, PaidBy = actor.DisplayName };
        await state.WriteStateAsync();
        await timeline.AppendAsync(contract.OrganizationId, TimelineAction.TranchePaid, actor,
            TimelineArgument.Number(TimelineArgs.Number, trancheNumber),
            TimelineArgument.Amount(contract.Tranches[index].Amount),
            TimelineArgument.Text(TimelineArgs.Condition, contract.Tranches[index].Condition));
        await fundingReadModel.RecordPaymentAsync(contract.Id, contract.Paid);
        return contract.ToRecord();
    }

    public async Task<BudgetRecord> CloseYearAsync(Actor actor)
    {
        if (!S.Closed)
        {
            S.Closed = true;
            S.CarriedForward = Total - Awarded;
            await state.WriteStateAsync();
        }

        // Repeated on every close call so that a failure between the two writes heals on retry; the receiver sets, not adds.
        await GrainFactory.GetGrain<IBudgetGrain>(IBudgetGrain.KeyFor(AreaId, Year + 1)).ReceiveCarryOverAsync(Year, S.CarriedForward!.Value);
        return ToRecord();
    }

    public async Task ReceiveCarryOverAsync(int fromYear, decimal amount)
    {
        if (fromYear != Year - 1)
        {
            throw DomainException.Invalid("fromYear", ErrorCodes.BudgetCarryOverYear, ErrorArg.Text("year", Year), ErrorArg.Text("previous", Year - 1));
        }

        if (S.CarriedOver != amount)
        {
            S.CarriedOver = amount;
            await state.WriteStateAsync();
        }
    }

    private void EnsureOpen()
    {
        if (S.Closed)
        {
            throw DomainException.Conflict("year", ErrorCodes.BudgetClosed, ErrorArg.Text("year", Year), ErrorArg.Text("next", Year + 1));
        }
    }

    private BudgetRecord ToRecord() => new(
        AreaId,
        Year,
        S.NewAllocation,
        S.CarriedOver,
        Total,
        Awarded,
        S.Contracts.Sum(c => c.Paid),
        Total - Awarded,
        S.Closed,
        S.CarriedForward,
        S.Projects.ToArray(),
        S.Contracts.Select(c => c.ToRecord()).ToArray());
}
