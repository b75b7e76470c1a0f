using System.Globalization;

namespace Incubator.Client.Communities;

/// <summary>How coverage figures are shown: a ratio with two decimals, a share as a whole percent, "—" when there is none.</summary>
public static class CoverageText
{
    public static string Ratio(decimal? per10000) => per10000 is { } value ? value.ToString("0.00", CultureInfo.InvariantCulture) : "—";

    public static string Share(decimal? share) => share is { } value ? (value * 100).ToString("0", CultureInfo.InvariantCulture) + "%" : "—";
}
