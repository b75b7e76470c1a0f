using Incubator.SupportPlans;

namespace Incubator.Client.SupportPlans;

public sealed record class MilestoneDto(
    Guid Id,
    SupportTrack Track,
    string Title,
    string OwnerName,
    string? OwnerUserId,
    DateOnly DueDate,
    MilestoneStatus Status,
    string? Note,
    DateTimeOffset UpdatedAt,
    bool IsOverdue)
{
    private sealed class Mapping : DtoMap<Milestone, MilestoneDto>;
}
