using Incubator.Client.Infrastructure;

namespace Incubator.Client.Tests;

public sealed class ChartAxisTests
{
    [Theory]
    [InlineData(0, 1, 1)]
    [InlineData(1, 1, 1)]
    [InlineData(3, 1, 3)]
    [InlineData(20, 5, 20)]
    [InlineData(37, 10, 40)]
    [InlineData(150_000, 50_000, 150_000)]
    [InlineData(163_840, 50_000, 200_000)]
    public void TheAxisStepsByOneTwoOrFiveAndEndsOnAWholeStepAboveTheData(double max, int step, int top)
    {
        Assert.Equal((step, top), (ChartAxis.Step(max), ChartAxis.Top(max)));
        Assert.InRange(top / step, 1, ChartAxis.TargetTicks);
    }

    [Fact]
    public void BarsShowTheirValues() => Assert.True(ChartAxis.Bars(1).ShowValues);
}
