using Incubator.Geography;
using Incubator.Organizations;

namespace Incubator.Cohorts;

/// <summary>Puts a cohort's applications and the organizations' current records into board columns and marks what is overdue.</summary>
public static class CohortBoardBuilder
{
    public static CohortBoard Build(
        CohortRecord cohort,
        IReadOnlyList<CohortApplication> applications,
        IReadOnlyDictionary<Guid, OrganizationRecord> organizations,
        GeographySnapshot geography,
        DateTimeOffset now,
        BoardFilter filter)
    {
        var today = IntakeCalendar.Today(now);
        var cards = applications
            .Select(application => Card(cohort, application, organizations.GetValueOrDefault(application.OrganizationId), geography, now, today))
            .Where(filter.Matches)
            .OrderBy(c => c.Column)
            .ThenByDescending(c => c.Total)
            .ThenBy(c => c.Name, StringComparer.Ordinal)
            .ToArray();
        var columns = Enum.GetValues<BoardColumn>()
            .Select(column => new BoardColumnCount(column, cards.Count(c => c.Column == column), cards.Count(c => c.Column == column && c.Overdue)))
            .ToArray();
        return new CohortBoard(cohort.Id, cohort.Name, cards, columns);
    }

    public static BoardColumn ColumnOf(CohortApplication application, OrganizationStage stage) =>
        stage == OrganizationStage.Exited
            ? BoardColumn.Exited
            : application.Status switch
            {
                ApplicationStatus.Pending => application.Scores.Count == 0 ? BoardColumn.Applied : BoardColumn.Screening,
                ApplicationStatus.Waitlisted => BoardColumn.Waitlisted,
                ApplicationStatus.Declined => BoardColumn.Declined,
                ApplicationStatus.PlaceReleased => BoardColumn.Exited,
                _ => stage switch
                {
                    OrganizationStage.GraduationReview => BoardColumn.GraduationReview,
                    OrganizationStage.Extended => BoardColumn.Extended,
                    OrganizationStage.Graduated => BoardColumn.Graduated,
                    _ => BoardColumn.Incubating,
                },
            };

    private static BoardCard Card(
        CohortRecord cohort, CohortApplication application, OrganizationRecord? organization, GeographySnapshot geography, DateTimeOffset now, DateOnly today)
    {
        // An organization record is missing only if its storage was lost; the application still shows what it said.
        var stage = organization?.Stage ?? OrganizationStage.Applied;
        var column = ColumnOf(application, stage);
        var undecidedAfterIntake = column is BoardColumn.Applied or BoardColumn.Screening && today > cohort.IntakeClosesOn;
        var periodOver = stage == OrganizationStage.Incubating && organization?.IncubationEndsAt is { } endsAt && endsAt < now;
        return new BoardCard(
            application.OrganizationId,
            organization?.Name ?? application.OrganizationName,
            organization?.Category ?? application.Category,
            organization?.ServiceDomains ?? application.ServiceDomains,
            geography.FindIncubator(organization?.IncubatorId ?? cohort.IncubatorId)?.Tier,
            column,
            application.Status,
            stage,
            application.Total,
            organization?.IncubationEndsAt,
            undecidedAfterIntake || periodOver);
    }
}
