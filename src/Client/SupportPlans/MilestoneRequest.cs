using Incubator.SupportPlans;

namespace Incubator.Client.SupportPlans;

/// <summary>
/// The body of POST …/support-plan/milestones and PUT …/milestones/{milestoneId}. Every field is optional here so that a
/// missing one is reported by name; a missing status means Planned.
/// </summary>
public sealed record class MilestoneRequest(
    SupportTrack? Track,
    string? Title,
    string? OwnerName,
    string? OwnerUserId,
    DateOnly? DueDate,
    MilestoneStatus? Status,
    string? Note)
{
    /// <summary>The draft, or every reason it cannot be made.</summary>
    public (MilestoneDraft Draft, IReadOnlyList<FieldError> Errors) ToDraft()
    {
        var draft = new MilestoneDraft(
            Track ?? SupportTrack.Registration, Title ?? "", OwnerName ?? "", OwnerUserId, DueDate, Status ?? MilestoneStatus.Planned, Note);
        var errors = draft.Validate().ToList();
        if (Track is null)
        {
            errors.Insert(0, FieldError.Required("track"));
        }

        return (draft.Normalized(), errors);
    }
}
