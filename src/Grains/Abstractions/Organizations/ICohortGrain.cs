using Incubator.Cohorts;
using Incubator.Common;
using Orleans.Concurrency;

namespace Incubator.Organizations;

/// <summary>
/// A cohort (批次) of an incubator: intake, screening, admission within capacity, waitlist. The grain is the consistency
/// boundary for places: admissions are counted here, one call at a time, so capacity holds under simultaneous decisions.
/// </summary>
public interface ICohortGrain : IGrainWithGuidKey
{
    /// <summary>Opens the cohort; refused when it exists already or the incubator is unknown.</summary>
    Task<CohortRecord> OpenAsync(OpenCohort command, Actor actor);

    /// <summary>Null when no cohort was opened under this id.</summary>
    Task<CohortRecord?> GetAsync();

    /// <summary>Every application, highest total first.</summary>
    Task<IReadOnlyList<CohortApplication>> GetApplicationsAsync();

    /// <summary>An organization filed at the cohort's incubator (stage Applied or Screening) applies within the intake window, once.</summary>
    Task<CohortApplication> ApplyAsync(ApplyToCohort command, Actor actor);

    Task<CohortApplication> ScoreAsync(ScoreApplication command, Actor actor);

    /// <summary>Admit (only while a place is free), waitlist or decline, with a reason; every decision goes on the organization's timeline.</summary>
    Task<CohortApplication> DecideAsync(DecideApplication command, Actor actor);

    /// <summary>The cohort's organizations by board column, with overdue items marked.</summary>
    Task<CohortBoard> GetBoardAsync(BoardFilter filter);

    /// <summary>
    /// Told by an organization of this cohort that left incubation: frees its place and moves the waitlist up. One-way:
    /// the cohort calls organizations (admission, board, applications), so an organization never waits for its cohort,
    /// or an exit and a cohort call to that organization would wait on each other until the call timeout.
    /// </summary>
    [OneWay]
    Task ReleasePlaceAsync(Guid organizationId);
}
