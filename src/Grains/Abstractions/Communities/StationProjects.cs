using Incubator.Common;

namespace Incubator.Communities;

/// <summary>
/// The steps of a station's project, the project-oriented way (项目取向, docs/domain.md §7), in the order they are taken.
/// Stored by number: append, never renumber.
/// </summary>
public enum ProjectStep
{
    /// <summary>需求调研: residents' needs surveyed.</summary>
    NeedsSurvey = 0,
    /// <summary>服务对象: the groups to serve chosen.</summary>
    TargetGroups = 1,
    /// <summary>项目设计</summary>
    Design = 2,
    /// <summary>居民参与: residents' share of the funding, volunteers, university partners.</summary>
    ResidentParticipation = 3,
    /// <summary>成效</summary>
    Outcome = 4,
}

/// <summary>Opens a project at the station; its steps follow one by one.</summary>
[GenerateSerializer, Immutable, Alias("Incubator.StartStationProject")]
public sealed record class StartStationProject(string Title)
{
    public const int MaxTitleLength = 100;

    public IReadOnlyList<FieldError> Validate() =>
        FieldError.Text("title", Title, MaxTitleLength) is { } title ? [title] : [];
}

/// <summary>
/// Records the project's next step: when it was done, who owns it (a person, as named), what was found or decided; the
/// target-groups step names the groups, the participation step the residents' share of the funding (percent), the
/// volunteers and the university partners, the outcome the residents served.
/// </summary>
[GenerateSerializer, Immutable, Alias("Incubator.RecordProjectStep")]
public sealed record class RecordProjectStep(
    Guid ProjectId,
    ProjectStep Step,
    DateOnly On,
    string Owner,
    string Summary,
    IReadOnlyList<TargetGroup> TargetGroups,
    decimal? ResidentFundingSharePercent,
    int? Volunteers,
    IReadOnlyList<string> UniversityPartners,
    int? ResidentsServed)
{
    public const int MaxOwnerLength = 50;
    public const int MaxSummaryLength = 2000;
    public const int MaxPartners = 20;
    public const int MaxPartnerLength = 100;
    public const int MaxVolunteers = 100_000;

    public IReadOnlyList<FieldError> Validate()
    {
        var errors = new List<FieldError>();
        if (ProjectId == Guid.Empty)
        {
            errors.Add(FieldError.Required("projectId"));
        }

        if (!Enum.IsDefined(Step))
        {
            errors.Add(FieldError.UnknownValue("step"));
        }

        if (On == default)
        {
            errors.Add(FieldError.Required("on"));
        }

        if (FieldError.Text("owner", Owner, MaxOwnerLength) is { } owner)
        {
            errors.Add(owner);
        }

        if (FieldError.Text("summary", Summary, MaxSummaryLength) is { } summary)
        {
            errors.Add(summary);
        }

        var groups = TargetGroups ?? [];
        if (groups.Any(g => !Enum.IsDefined(g)) || groups.Distinct().Count() != groups.Count)
        {
            errors.Add(new FieldError("targetGroups", ErrorCodes.Duplicates));
        }
        else if (Step == ProjectStep.TargetGroups && groups.Count == 0)
        {
            errors.Add(new FieldError("targetGroups", ErrorCodes.AtLeastOne));
        }

        if (Step == ProjectStep.ResidentParticipation)
        {
            if (ResidentFundingSharePercent is not { } share || share < 0 || share > 100)
            {
                errors.Add(FieldError.OutOfRange("residentFundingSharePercent", 0, 100));
            }

            if (Volunteers is not { } volunteers || volunteers < 0 || volunteers > MaxVolunteers)
            {
                errors.Add(FieldError.OutOfRange("volunteers", 0, MaxVolunteers));
            }
        }

        var partners = UniversityPartners ?? [];
        if (partners.Count > MaxPartners || partners.Any(p => string.IsNullOrWhiteSpace(p) || p.Trim().Length > MaxPartnerLength))
        {
            errors.Add(new FieldError("universityPartners", ErrorCodes.TooMany, [ErrorArg.Text("max", MaxPartners)]));
        }

        if (Step == ProjectStep.Outcome && ResidentsServed is not ({ } served and >= 0 and <= CommunityProfile.MaxResidents))
        {
            errors.Add(FieldError.OutOfRange("residentsServed", 0, CommunityProfile.MaxResidents));
        }

        return errors;
    }
}

/// <summary>A step as recorded: dated, owned, and who entered it.</summary>
[GenerateSerializer, Immutable, Alias("Incubator.ProjectStepRecord")]
public sealed record class ProjectStepRecord(
    ProjectStep Step,
    DateOnly On,
    string Owner,
    string Summary,
    IReadOnlyList<TargetGroup> TargetGroups,
    decimal? ResidentFundingSharePercent,
    int? Volunteers,
    IReadOnlyList<string> UniversityPartners,
    int? ResidentsServed,
    DateTimeOffset RecordedAt,
    string RecordedBy);

/// <summary>A station's project and the steps taken so far; <see cref="NextStep"/> is null once the outcome is recorded.</summary>
[GenerateSerializer, Immutable, Alias("Incubator.StationProjectRecord")]
public sealed record class StationProjectRecord(
    Guid Id,
    string Title,
    DateTimeOffset StartedAt,
    string StartedBy,
    IReadOnlyList<ProjectStepRecord> Steps)
{
    public ProjectStep? NextStep => Steps.Count == 0 ? ProjectStep.NeedsSurvey
        : Steps[^1].Step == ProjectStep.Outcome ? null
        : Steps[^1].Step + 1;
}
