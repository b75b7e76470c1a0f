using Incubator.Ledger;

namespace Incubator.Domain.Tests;

public sealed class SupportLedgerTests
{
    private static readonly Guid Budget = Guid.NewGuid();

    [Fact]
    public void YearsTotalEveryKindAndTellWhatCameFromBudgets()
    {
        var ledger = SupportLedger.From(
        [
            new LedgerEntry(new DateOnly(2025, 12, 31), SupportKind.Cash, "种子资金", 20_000m, 20_000m, Budget, 2025),
            new LedgerEntry(new DateOnly(2026, 1, 1), SupportKind.TrainingSeatHours, "财务培训", 3m, 3m * SupportValuation.TrainingSeatHour, null, null),
            new LedgerEntry(new DateOnly(2026, 3, 1), SupportKind.Cash, "购买服务", 100_000.50m, 100_000.50m, Budget, 2026),
        ]);

        Assert.Equal([2026, 2025], ledger.Years.Select(y => y.Year));
        var year2026 = ledger.Years[0];
        Assert.Equal((100_180.50m, 100_000.50m), (year2026.Total, year2026.FromBudgets));
        Assert.Equal(180m, year2026.ValueByKind[SupportKind.TrainingSeatHours]);
        Assert.Equal(0m, year2026.ValueByKind[SupportKind.VenueHours]);
        Assert.Equal(120_180.50m, ledger.Total);
        Assert.Equal(new DateOnly(2026, 3, 1), ledger.Entries[0].On);
    }

    [Fact]
    public void AnEmptyLedgerHasNoYears() => Assert.Equal((0, 0m), (SupportLedger.From([]).Years.Count, SupportLedger.From([]).Total));
}
