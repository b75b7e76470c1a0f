using Incubator.Common;

namespace Incubator.Funding;

/// <summary>An area's purchase-of-service budget for one year; key <see cref="KeyFor"/>. The one place awards are counted, so it is never overspent.</summary>
public interface IBudgetGrain : IGrainWithStringKey
{
    static string KeyFor(Guid areaId, int year) => $"{areaId:N}:{year}";

    Task<BudgetRecord> GetAsync();

    /// <summary>Sets the year's new money; never below what is already awarded from it.</summary>
    Task<BudgetRecord> SetAllocationAsync(decimal amount, Actor actor);

    Task<BudgetRecord> AddProjectAsync(string name, ServiceCategory category, Actor actor);

    Task<ContractRecord> AwardAsync(AwardContract command, Actor actor);

    Task<ContractRecord> PayTrancheAsync(Guid contractId, int trancheNumber, Actor actor);

    /// <summary>Closes the year: no more awards; what was not awarded carries over into next year's budget as its own line.</summary>
    Task<BudgetRecord> CloseYearAsync(Actor actor);

    /// <summary>Called by last year's budget when it closes. Setting, not adding, so a repeated call changes nothing.</summary>
    Task ReceiveCarryOverAsync(int fromYear, decimal amount);
}
