namespace Incubator.SupportPlans;

/// <summary>When a milestone counts as overdue.</summary>
public static class MilestoneSchedule
{
    /// <summary>Due dates are calendar days where the incubators are: China Standard Time, UTC+8, no daylight saving.</summary>
    public static readonly TimeSpan ChinaStandardTime = TimeSpan.FromHours(8);

    /// <summary>The calendar day it is in China at <paramref name="now"/>.</summary>
    public static DateOnly Today(DateTimeOffset now) => DateOnly.FromDateTime(now.ToOffset(ChinaStandardTime).DateTime);

    /// <summary>Overdue once its due day has passed and it is not done; a milestone due today is not overdue yet.</summary>
    public static bool IsOverdue(DateOnly dueDate, MilestoneStatus status, DateTimeOffset now) =>
        status != MilestoneStatus.Done && dueDate < Today(now);
}
