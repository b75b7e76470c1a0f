using MudBlazor;

namespace Incubator.Client.Infrastructure;

/// <summary>
/// A value axis people can read: about five ticks on a 1-2-5 step that fits the data (a count of 1 runs 0-1, not 0-20;
/// 150,000 yuan steps by 50,000, not by 10,240), with whole-number labels and the values written on the bars.
/// </summary>
public static class ChartAxis
{
    public const int TargetTicks = 5;

    /// <summary>The 1-2-5 step that divides 0..<paramref name="max"/> into at most <see cref="TargetTicks"/> parts; at least 1.</summary>
    public static int Step(double max)
    {
        if (max <= TargetTicks)
        {
            return 1;
        }

        var raw = max / TargetTicks;
        var magnitude = Math.Pow(10, Math.Floor(Math.Log10(raw)));
        var normalized = raw / magnitude;
        var nice = normalized <= 1 ? 1 : normalized <= 2 ? 2 : normalized <= 5 ? 5 : 10;
        return (int)Math.Min(int.MaxValue, nice * magnitude);
    }

    /// <summary>The top of the axis: the data's maximum rounded up to a whole step (one step for no data).</summary>
    public static int Top(double max)
    {
        var step = Step(max);
        return (int)Math.Min(int.MaxValue, Math.Max(1, Math.Ceiling(max / step)) * step);
    }

    public static BarChartOptions Bars(double max) => new()
    {
        YAxisTicks = Step(max), MaxNumYAxisTicks = TargetTicks + 2, YAxisSuggestedMax = Top(max), YAxisFormat = "N0", ShowValues = true,
    };

    /// <summary>For stacked bars <paramref name="max"/> is the highest stack, whose total is written above it.</summary>
    public static StackedBarChartOptions StackedBars(double max) => new()
    {
        YAxisTicks = Step(max), MaxNumYAxisTicks = TargetTicks + 2, YAxisSuggestedMax = Top(max), YAxisFormat = "N0", ShowValues = true, ShowZeroValues = false,
    };
}
