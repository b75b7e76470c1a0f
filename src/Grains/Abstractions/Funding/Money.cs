using System.Globalization;

namespace Incubator.Funding;

/// <summary>Money is exact: decimal yuan with at most two decimals (fen), never floating point.</summary>
public static class Money
{
    public const decimal TenThousand = 10_000m;

    public static bool IsValidAmount(decimal amount) => amount > 0 && decimal.Round(amount, 2) == amount && amount <= 1_000_000_000m;

    /// <summary>"1,234,567.89 元" for a Chinese reader, "¥1,234,567.89" for an English one (the current UI culture).</summary>
    public static string Yuan(decimal amount) => InEnglish
        ? "¥" + amount.ToString("#,0.00", CultureInfo.InvariantCulture)
        : amount.ToString("#,0.00", CultureInfo.InvariantCulture) + " 元";

    /// <summary>"1,008.00 万元", the unit budgets are announced in; "10.08 million yuan" in English.</summary>
    public static string WanYuan(decimal amount) => InEnglish
        ? (amount / 1_000_000m).ToString("#,0.00##", CultureInfo.InvariantCulture) + " million yuan"
        : (amount / TenThousand).ToString("#,0.00##", CultureInfo.InvariantCulture) + " 万元";

    /// <summary>An amount as an error argument, worded by the Client in the caller's language.</summary>
    public static Common.ErrorArg Arg(string name, decimal amount) =>
        new(name, amount.ToString(CultureInfo.InvariantCulture), Common.ErrorArgKind.Money);

    private static bool InEnglish => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "en";
}
