using Incubator.Common;

namespace Incubator.Organizations;

/// <summary>One incubating organization (社会组织); owns its lifecycle and timeline.</summary>
public interface IOrganizationGrain : IGrainWithGuidKey
{
    /// <summary>Files (备案) the organization; refused when it already exists or its credit code is held by another.</summary>
    Task<OrganizationRecord> FileAsync(FileOrganization command, Actor actor);

    /// <summary>Null when nothing was filed under this id.</summary>
    Task<OrganizationRecord?> GetAsync();

    Task<IReadOnlyList<TimelineEntry>> GetTimelineAsync();

    /// <summary>Admits into incubation and schedules the graduation review at the period's end.</summary>
    Task<OrganizationRecord> AdmitAsync(AdmitOrganization command, Actor actor);

    /// <summary>Records the unified social credit code when registration with civil affairs arrives (备案 → 登记).</summary>
    Task<OrganizationRecord> RegisterAsync(string creditCode, Actor actor);

    /// <summary>Leaves incubation (退出) for the given reason; frees its cohort place.</summary>
    Task<OrganizationRecord> ExitAsync(string reason, Actor actor);

    /// <summary>Lets other grains (cohorts, support plans, hubs) put what they did to this organization on its timeline.</summary>
    Task AppendTimelineAsync(TimelineAction action, string detail, Actor actor);

    /// <summary>Run by the scheduled job: opens the graduation review once the period has ended. Calling it again changes nothing.</summary>
    Task<OrganizationRecord> OpenGraduationReviewAsync();
}
