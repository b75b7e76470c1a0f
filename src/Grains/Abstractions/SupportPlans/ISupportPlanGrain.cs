using Incubator.Common;

namespace Incubator.SupportPlans;

/// <summary>An organization's support plan (支持计划) during incubation, keyed by the organization id: milestones on five tracks.</summary>
public interface ISupportPlanGrain : IGrainWithGuidKey
{
    /// <summary>Every milestone, by track and due date, each marked overdue or not as of now.</summary>
    Task<IReadOnlyList<Milestone>> GetMilestonesAsync();

    /// <summary>Adds a milestone; refused when the organization is not filed or the draft is invalid.</summary>
    Task<Milestone> AddMilestoneAsync(MilestoneDraft draft, Actor actor);

    /// <summary>Replaces the milestone's fields (a status change is an update too).</summary>
    Task<Milestone> UpdateMilestoneAsync(Guid milestoneId, MilestoneDraft draft, Actor actor);

    /// <summary>Consulting given on the consulting track, newest first.</summary>
    Task<IReadOnlyList<ConsultingSession>> GetConsultingAsync();

    Task<ConsultingSession> RecordConsultingAsync(DateOnly on, decimal hours, string consultant, string topic, Actor actor);
}
