using Incubator.Common;
using Incubator.Organizations;

namespace Incubator.Domain.Tests;

public sealed class LifecycleTests
{
    [Theory]
    [InlineData(OrganizationStage.Applied, OrganizationStage.Screening)]
    [InlineData(OrganizationStage.Applied, OrganizationStage.Incubating)]
    [InlineData(OrganizationStage.Screening, OrganizationStage.Incubating)]
    [InlineData(OrganizationStage.Incubating, OrganizationStage.GraduationReview)]
    [InlineData(OrganizationStage.GraduationReview, OrganizationStage.Graduated)]
    [InlineData(OrganizationStage.GraduationReview, OrganizationStage.Extended)]
    [InlineData(OrganizationStage.Extended, OrganizationStage.GraduationReview)]
    [InlineData(OrganizationStage.Incubating, OrganizationStage.Exited)]
    public void AllowedMoves(OrganizationStage from, OrganizationStage to) => Assert.True(Lifecycle.CanMove(from, to));

    [Theory]
    [InlineData(OrganizationStage.Applied, OrganizationStage.Graduated)]
    [InlineData(OrganizationStage.Incubating, OrganizationStage.Graduated)]
    [InlineData(OrganizationStage.Graduated, OrganizationStage.Incubating)]
    [InlineData(OrganizationStage.Exited, OrganizationStage.Applied)]
    [InlineData(OrganizationStage.Applied, OrganizationStage.Exited)]
    [InlineData(OrganizationStage.Screening, OrganizationStage.Exited)]
    [InlineData(OrganizationStage.Extended, OrganizationStage.Extended)]
    [InlineData(OrganizationStage.GraduationReview, OrganizationStage.Incubating)]
    public void RefusedMovesRaiseAConflictNamingBothStages(OrganizationStage from, OrganizationStage to)
    {
        Assert.False(Lifecycle.CanMove(from, to));
        var error = Assert.Throws<DomainException>(() => Lifecycle.EnsureCanMove(from, to));
        Assert.Equal(DomainErrorKind.Conflict, error.Kind);
        Assert.Contains(from.ToString(), error.Message);
        Assert.Contains(to.ToString(), error.Message);
    }

    [Fact]
    public void GraduatedAndExitedAreFinal()
    {
        Assert.Empty(Lifecycle.NextStages(OrganizationStage.Graduated));
        Assert.Empty(Lifecycle.NextStages(OrganizationStage.Exited));
    }

    [Fact]
    public void EveryStageHasARule()
    {
        foreach (var stage in Enum.GetValues<OrganizationStage>())
        {
            _ = Lifecycle.NextStages(stage);
        }
    }
}
