namespace Incubator.Organizations;

/// <summary>The allowed moves between incubation stages (docs/domain.md §4.3).</summary>
public static class Lifecycle
{
    private static readonly Dictionary<OrganizationStage, OrganizationStage[]> Moves = new()
    {
        // Exit (退出) ends an incubation: an organization that was never admitted has none to leave.
        [OrganizationStage.Applied] = [OrganizationStage.Screening, OrganizationStage.Incubating],
        [OrganizationStage.Screening] = [OrganizationStage.Incubating],
        [OrganizationStage.Incubating] = [OrganizationStage.GraduationReview, OrganizationStage.Exited],
        [OrganizationStage.GraduationReview] = [OrganizationStage.Graduated, OrganizationStage.Extended, OrganizationStage.Exited],
        [OrganizationStage.Extended] = [OrganizationStage.GraduationReview, OrganizationStage.Exited],
        [OrganizationStage.Graduated] = [],
        [OrganizationStage.Exited] = [],
    };

    public static bool CanMove(OrganizationStage from, OrganizationStage to) => Moves[from].Contains(to);

    public static IReadOnlyList<OrganizationStage> NextStages(OrganizationStage from) => Moves[from];

    /// <summary>Throws a conflict naming both stages when the move is not allowed.</summary>
    public static void EnsureCanMove(OrganizationStage from, OrganizationStage to)
    {
        if (!CanMove(from, to))
        {
            throw Common.DomainException.Conflict(
                "stage", Common.ErrorCodes.StageCannotMove, Common.ErrorArg.Label("from", from), Common.ErrorArg.Label("to", to));
        }
    }
}
