using System.Globalization;

namespace Incubator.Funding;

/// <summary>Money is exact: decimal yuan with at most two decimals (fen), never floating point.</summary>
public static class Money
{
    public const decimal TenThousand = 10_000m;

    public static bool IsValidAmount(decimal amount) => amount > 0 && decimal.Round(amount, 2) == amount && amount <= 1_000_000_000m;

    /// <summary>"¥1,234,567.89 元".</summary>
    public static string Yuan(decimal amount) => amount.ToString("#,0.00", CultureInfo.InvariantCulture) + " 元";

    /// <summary>"1,008.00 万元", the unit budgets are announced in.</summary>
    public static string WanYuan(decimal amount) => (amount / TenThousand).ToString("#,0.00##", CultureInfo.InvariantCulture) + " 万元";
}
