namespace Incubator.Cohorts;

/// <summary>Intake windows are calendar dates in China Standard Time (UTC+8), the incubators' working calendar.</summary>
public static class IntakeCalendar
{
    public static readonly TimeSpan ChinaStandardTime = TimeSpan.FromHours(8);

    public static DateOnly Today(DateTimeOffset now) => DateOnly.FromDateTime(now.ToOffset(ChinaStandardTime).DateTime);
}
