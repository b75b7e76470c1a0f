using System.ComponentModel.DataAnnotations;
using Incubator.Communities;
using Incubator.Venues;

namespace Incubator.Client.Communities;

/// <summary>Collects "required" for the fields a request left out, then the command's own rules for the others.</summary>
internal static class RequestFields
{
    public static IReadOnlyList<FieldError> Merge(IEnumerable<(string Field, bool Missing)> required, IReadOnlyList<FieldError> rules)
    {
        var missing = required.Where(r => r.Missing).Select(r => r.Field).ToHashSet(StringComparer.Ordinal);
        return [.. missing.Select(FieldError.Required), .. rules.Where(e => !missing.Contains(e.Field))];
    }
}

/// <summary>The body of PUT /api/communities/{id}/profile: the whole profile; fields are nullable so a missing one is named.</summary>
public sealed record class CommunityProfileRequest(
    [property: Required, StringLength(CommunityProfile.MaxCommitteeNameLength, MinimumLength = 1)] string? CommitteeName,
    [property: Required, Range(0, CommunityProfile.MaxResidents)] int? Residents,
    [property: Required, Range(0, CommunityProfile.MaxResidents)] int? Households,
    [property: Required, Range(0, CommunityProfile.MaxResidents)] int? Elderly,
    [property: Required, Range(0, CommunityProfile.MaxResidents)] int? Children,
    [property: Required, Range(0, CommunityProfile.MaxResidents)] int? Disabled,
    [property: Required, Range(0, CommunityProfile.MaxResidents)] int? HardshipFamilies,
    [property: Required] bool? HasSpace,
    [property: StringLength(CommunityProfile.MaxSpaceDescriptionLength)] string? SpaceDescription)
{
    public (CommunityProfile Command, IReadOnlyList<FieldError> Errors) ToCommand()
    {
        // Without residents the parts have no bound to be checked against but their own: only "residents" is reported.
        var command = new CommunityProfile(
            CommitteeName ?? "", Residents ?? CommunityProfile.MaxResidents, Households ?? 0, Elderly ?? 0, Children ?? 0, Disabled ?? 0, HardshipFamilies ?? 0,
            HasSpace ?? false, SpaceDescription ?? "");
        return (command, RequestFields.Merge(
        [
            ("committeeName", CommitteeName is null), ("residents", Residents is null), ("households", Households is null),
            ("elderly", Elderly is null), ("children", Children is null), ("disabled", Disabled is null),
            ("hardshipFamilies", HardshipFamilies is null), ("hasSpace", HasSpace is null),
        ], command.Validate()));
    }
}

/// <summary>The body of POST /api/communities/{id}/stationings: who, the agreement period (inclusive) and optionally the space.</summary>
public sealed record class StationingRequest(
    [property: Required] Guid? OrganizationId,
    [property: Required] DateOnly? StartsOn,
    [property: Required] DateOnly? EndsOn,
    Guid? SpaceId,
    [property: StringLength(StartStationing.MaxNoteLength)] string? Note)
{
    public (StartStationing Command, IReadOnlyList<FieldError> Errors) ToCommand()
    {
        var command = new StartStationing(OrganizationId ?? Guid.Empty, StartsOn ?? default, EndsOn ?? default, SpaceId, Note ?? "");
        return (command, command.Validate());
    }
}

/// <summary>The body of POST /api/communities/{id}/stationings/{stationingId}/end.</summary>
public sealed record class EndStationingRequest(
    [property: Required] DateOnly? EndedOn,
    [property: Required, StringLength(EndStationing.MaxReasonLength, MinimumLength = 1)] string? Reason);

/// <summary>The body of POST /api/stations and PUT /api/stations/{id}; staff default to none.</summary>
public sealed record class StationRequest(
    [property: Required, StringLength(DefineStation.MaxNameLength, MinimumLength = 1)] string? Name,
    [property: Required, MinLength(1), MaxLength(DefineStation.MaxCommunities)] IReadOnlyList<Guid>? CommunityIds,
    Guid? OperatorOrganizationId,
    [property: MaxLength(DefineStation.MaxStaff)] IReadOnlyList<Guid>? StaffSocialWorkerIds,
    [property: Required, MinLength(1)] IReadOnlyList<DailyHours?>? OpeningHours)
{
    public (DefineStation Command, IReadOnlyList<FieldError> Errors) ToCommand()
    {
        var command = new DefineStation(Name ?? "", CommunityIds ?? [], OperatorOrganizationId, StaffSocialWorkerIds ?? [], OpeningHours?.OfType<DailyHours>().ToArray() ?? []);
        return (command, command.Validate());
    }
}

/// <summary>The body of POST /api/stations/{id}/projects.</summary>
public sealed record class StationProjectRequest(
    [property: Required, StringLength(StartStationProject.MaxTitleLength, MinimumLength = 1)] string? Title);

/// <summary>The body of POST /api/stations/{id}/projects/{projectId}/steps: the project's next step.</summary>
public sealed record class ProjectStepRequest(
    [property: Required] ProjectStep? Step,
    [property: Required] DateOnly? On,
    [property: Required, StringLength(RecordProjectStep.MaxOwnerLength, MinimumLength = 1)] string? Owner,
    [property: Required, StringLength(RecordProjectStep.MaxSummaryLength, MinimumLength = 1)] string? Summary,
    IReadOnlyList<TargetGroup>? TargetGroups,
    [property: Range(0, 100)] decimal? ResidentFundingSharePercent,
    [property: Range(0, RecordProjectStep.MaxVolunteers)] int? Volunteers,
    [property: MaxLength(RecordProjectStep.MaxPartners)] IReadOnlyList<string>? UniversityPartners,
    [property: Range(0, CommunityProfile.MaxResidents)] int? ResidentsServed)
{
    public (RecordProjectStep Command, IReadOnlyList<FieldError> Errors) ToCommand(Guid projectId)
    {
        var command = new RecordProjectStep(
            projectId, Step ?? (ProjectStep)(-1), On ?? default, Owner ?? "", Summary ?? "", TargetGroups ?? [],
            ResidentFundingSharePercent, Volunteers, UniversityPartners ?? [], ResidentsServed);
        return (command, RequestFields.Merge([("step", Step is null)], command.Validate()));
    }
}
