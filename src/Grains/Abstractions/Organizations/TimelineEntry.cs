namespace Incubator.Organizations;

/// <summary>One change in an organization's history: who, when and what.</summary>
[GenerateSerializer, Immutable, Alias("Incubator.TimelineEntry")]
public sealed record class TimelineEntry(DateTimeOffset At, string ActorId, string ActorName, TimelineAction Action, string Detail);

public enum TimelineAction
{
    Filed = 0,
    Admitted = 1,
    GraduationReviewOpened = 2,
    StageChanged = 3,
}
