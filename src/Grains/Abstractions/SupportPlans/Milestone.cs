namespace Incubator.SupportPlans;

/// <summary>
/// One step on a support track: what, who owns it (a name, and the user id when the owner has an account), when it is
/// due and where it stands. IsOverdue is worked out when the plan is read, from the silo's clock.
/// </summary>
[GenerateSerializer, Immutable, Alias("Incubator.Milestone")]
public sealed record class Milestone(
    Guid Id,
    SupportTrack Track,
    string Title,
    string OwnerName,
    string? OwnerUserId,
    DateOnly DueDate,
    MilestoneStatus Status,
    string? Note,
    DateTimeOffset UpdatedAt,
    bool IsOverdue);
