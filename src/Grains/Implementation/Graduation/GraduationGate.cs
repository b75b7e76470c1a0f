using Incubator.Graduation;
using Incubator.Party;
using Incubator.Training;

namespace Incubator.Organizations;

/// <summary>Evaluates the composite graduation gate from an organization's state: computed where data exists, recorded otherwise.</summary>
public static class GraduationGate
{
    /// <summary>Items the platform computes; the manager cannot record them.</summary>
    public static readonly IReadOnlySet<ReviewItem> ComputedItems =
        new HashSet<ReviewItem> { ReviewItem.Registered, ReviewItem.PartyCoverage, ReviewItem.TrainingCompleted };

    /// <summary>Attended training hours an organization needs before it graduates.</summary>
    public const decimal RequiredTrainingHours = TrainingRecord.HoursToGraduate;

    /// <summary><paramref name="attendedTrainingHours"/> comes from the organization's training record, which its sessions keep.</summary>
    public static IReadOnlyList<GateItem> Evaluate(OrganizationState state, decimal attendedTrainingHours) =>
        Enum.GetValues<ReviewItem>().Select(item => item switch
        {
            ReviewItem.Registered => new GateItem(item, state.LegalStatus == LegalStatus.Registered, true,
                state.CreditCode is { } code ? GateNotes.Of(GateNotes.Registered, code) : GateNotes.FiledOnly),
            ReviewItem.PartyCoverage => PartyCoverage(state),
            ReviewItem.TrainingCompleted => new GateItem(item, attendedTrainingHours >= RequiredTrainingHours, true,
                GateNotes.Of(GateNotes.Training, attendedTrainingHours.ToString(System.Globalization.CultureInfo.InvariantCulture), RequiredTrainingHours.ToString(System.Globalization.CultureInfo.InvariantCulture))),
            _ => state.ReviewItems.FirstOrDefault(r => r.Item == item) is { } recorded
                ? new GateItem(item, recorded.Met, false, recorded.Note)
                : new GateItem(item, false, false, GateNotes.NotRecorded),
        }).ToArray();

    /// <summary>Organization coverage: a branch form is in place. Work coverage: a checkpoint was held and met.</summary>
    public static bool OrganizationCoverage(OrganizationState state) => state.BranchForm != PartyBranchForm.None;

    public static bool WorkCoverage(OrganizationState state) =>
        state.Checkpoints.Any(c => c.Status == CheckpointStatus.Completed && c.Met == true);

    private static GateItem PartyCoverage(OrganizationState state)
    {
        var organization = OrganizationCoverage(state);
        var work = WorkCoverage(state);
        return new GateItem(ReviewItem.PartyCoverage, organization && work, true,
            GateNotes.Of(GateNotes.Party, state.BranchForm.ToString(), work ? "met" : "unmet"));
    }
}
