namespace Incubator.Ledger;

/// <summary>
/// One thing an organization received, with its value in yuan; BudgetAreaId/BudgetYear when it was paid from a
/// purchase-of-service budget and so counts against it.
/// </summary>
[GenerateSerializer, Immutable, Alias("Incubator.LedgerEntry")]
public sealed record class LedgerEntry(
    DateOnly On,
    SupportKind Kind,
    string Description,
    decimal Quantity,
    decimal Value,
    Guid? BudgetAreaId,
    int? BudgetYear);

/// <summary>A year of support: value per kind, the total, and how much of it came out of purchase-of-service budgets.</summary>
[GenerateSerializer, Immutable, Alias("Incubator.LedgerYear")]
public sealed record class LedgerYear(int Year, IReadOnlyDictionary<SupportKind, decimal> ValueByKind, decimal Total, decimal FromBudgets);

[GenerateSerializer, Immutable, Alias("Incubator.SupportLedger")]
public sealed record class SupportLedger(IReadOnlyList<LedgerEntry> Entries, IReadOnlyList<LedgerYear> Years, decimal Total)
{
    /// <summary>Entries newest first, totalled per calendar year of the day they were received.</summary>
    public static SupportLedger From(IEnumerable<LedgerEntry> entries)
    {
        var ordered = entries.OrderByDescending(e => e.On).ThenBy(e => e.Kind).ToArray();
        var years = ordered.GroupBy(e => e.On.Year).OrderByDescending(g => g.Key).Select(g => new LedgerYear(
            g.Key,
            Enum.GetValues<SupportKind>().ToDictionary(kind => kind, kind => g.Where(e => e.Kind == kind).Sum(e => e.Value)),
            g.Sum(e => e.Value),
            g.Where(e => e.BudgetAreaId is not null).Sum(e => e.Value))).ToArray();
        return new SupportLedger(ordered, years, ordered.Sum(e => e.Value));
    }
}

/// <summary>
/// Reference prices that turn in-kind support into yuan so it can be totalled with cash. Fixed for now; an incubator
/// that prices its rooms differently would need them per incubator.
/// </summary>
public static class SupportValuation
{
    public const decimal VenueHour = 80m;
    public const decimal DeskMonth = 600m;

    /// <summary>A desk month is 22 working days of 8 hours: checked-in desk hours convert at this rate.</summary>
    public const decimal DeskHoursPerMonth = 176m;
    public const decimal TrainingSeatHour = 60m;
    public const decimal ConsultingHour = 200m;
}
