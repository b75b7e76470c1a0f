using Incubator.Common;
using Incubator.Venues;

namespace Incubator.Communities;

/// <summary>
/// A social-work station (社会工作服务站, "一居一站", docs/domain.md §7): its name, the communities it serves (one or more, of
/// one district), who runs it (a social-work organization, or the community itself when null), its staff (social worker ids)
/// and its opening hours (local, per weekday). Rooms and projects are added separately.
/// </summary>
[GenerateSerializer, Immutable, Alias("Incubator.DefineStation")]
public sealed record class DefineStation(
    string Name,
    IReadOnlyList<Guid> CommunityIds,
    Guid? OperatorOrganizationId,
    IReadOnlyList<Guid> StaffSocialWorkerIds,
    IReadOnlyList<DailyHours> OpeningHours)
{
    public const int MaxNameLength = 100;
    public const int MaxCommunities = 20;
    public const int MaxStaff = 50;

    public IReadOnlyList<FieldError> Validate()
    {
        var errors = new List<FieldError>();
        if (FieldError.Text("name", Name, MaxNameLength) is { } name)
        {
            errors.Add(name);
        }

        if (CommunityIds is null || CommunityIds.Count == 0)
        {
            errors.Add(new FieldError("communityIds", ErrorCodes.AtLeastOne));
        }
        else if (CommunityIds.Count > MaxCommunities)
        {
            errors.Add(new FieldError("communityIds", ErrorCodes.TooMany, [ErrorArg.Text("max", MaxCommunities)]));
        }
        else if (CommunityIds.Distinct().Count() != CommunityIds.Count || CommunityIds.Contains(Guid.Empty))
        {
            errors.Add(new FieldError("communityIds", ErrorCodes.Duplicates));
        }

        if (OperatorOrganizationId == Guid.Empty)
        {
            errors.Add(FieldError.UnknownValue("operatorOrganizationId"));
        }

        if (StaffSocialWorkerIds is null || StaffSocialWorkerIds.Count > MaxStaff)
        {
            errors.Add(new FieldError("staffSocialWorkerIds", ErrorCodes.TooMany, [ErrorArg.Text("max", MaxStaff)]));
        }
        else if (StaffSocialWorkerIds.Distinct().Count() != StaffSocialWorkerIds.Count || StaffSocialWorkerIds.Contains(Guid.Empty))
        {
            errors.Add(new FieldError("staffSocialWorkerIds", ErrorCodes.Duplicates));
        }

        errors.AddRange(DailyHours.Check("openingHours", OpeningHours));
        return errors;
    }

    public DefineStation Normalized() => this with
    {
        Name = Name.Trim(),
        OpeningHours = DailyHours.MondayFirst(OpeningHours),
    };
}
