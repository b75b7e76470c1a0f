using Incubator.SupportPlans;

namespace Incubator.Domain.Tests;

public sealed class MilestoneRulesTests
{
    private static readonly MilestoneDraft Valid = new(
        SupportTrack.Venue, "活动室每周两次", "王社工", null, new DateOnly(2026, 5, 1), MilestoneStatus.Planned, null);

    [Fact]
    public void ACompleteDraftHasNoErrors() => Assert.Empty(Valid.Validate());

    [Fact]
    public void ATitleOfExactlyTheLimitIsAccepted() =>
        Assert.Empty((Valid with { Title = new string('长', MilestoneDraft.MaxTitleLength) }).Validate());

    [Fact]
    public void EveryMissingFieldIsReported() =>
        Assert.Equal(
            ["title", "ownerName", "dueDate"],
            (Valid with { Title = " ", OwnerName = "", DueDate = null }).Validate().Select(e => e.Field));

    [Fact]
    public void UnknownTracksAndStatusesAreNamed() =>
        Assert.Equal(
            ["track", "status"],
            (Valid with { Track = (SupportTrack)7, Status = (MilestoneStatus)7 }).Validate().Select(e => e.Field));

    [Fact]
    public void NormalizingTrimsAndDropsBlankOptionalTexts()
    {
        var normalized = (Valid with { Title = " 场地 ", OwnerUserId = " ", Note = "  " }).Normalized();
        Assert.Equal(("场地", null, null), (normalized.Title, normalized.OwnerUserId, normalized.Note));
    }

    [Theory]
    [InlineData("2026-04-30T15:59:00Z", false)] // 23:59 on the due day in China
    [InlineData("2026-04-30T16:00:00Z", true)] // midnight after it in China, still the due day in UTC
    public void AMilestoneIsOverdueFromTheDayAfterItsDueDayInChina(string now, bool overdue) =>
        Assert.Equal(overdue, MilestoneSchedule.IsOverdue(new DateOnly(2026, 4, 30), MilestoneStatus.InProgress, DateTimeOffset.Parse(now)));

    [Fact]
    public void ADoneMilestoneIsNeverOverdue() =>
        Assert.False(MilestoneSchedule.IsOverdue(new DateOnly(2020, 1, 1), MilestoneStatus.Done, DateTimeOffset.Parse("2026-01-01T00:00:00Z")));
}
