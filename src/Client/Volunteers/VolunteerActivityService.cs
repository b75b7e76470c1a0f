using Incubator.Client.Privacy;
using Incubator.Communities;
using Incubator.Indexes;
using Incubator.Needs;
using Incubator.Volunteers;
using QRCoder;

namespace Incubator.Client.Volunteers;

/// <summary>
/// Volunteer activities (志愿活动) as a signed-in user may see and change them. An organizer is an organization (its
/// representative or its incubator's manager), a station or a community (their community worker or keeping manager);
/// he publishes, shows the check-in code, corrects and confirms hours, and only for his own activities. Volunteers read
/// every activity (they are public calls) and act only on their own sign-up; staff read their district's activities,
/// volunteers' phones masked.
/// </summary>
public sealed class VolunteerActivityService(IClusterClient cluster, ScopeService scopes, IMapper mapper, VolunteerService volunteers, TimeProvider time)
{
    /// <summary>The page a QR code opens: the volunteer's check-in form, with the code filled in.</summary>
    public static string CheckInPath(Guid activityId, string code) => $"/volunteer/activities/{activityId}?code={code}";

    /// <summary>Activities of a district that have not ended: a volunteer's own district unless he names another; staff must name one they read.</summary>
    public async Task<IReadOnlyList<ActivityListingDto>> ListAsync(ClaimsPrincipal user, Guid? districtId)
    {
        var scope = await scopes.ForAsync(user);
        Guid district;
        if (districtId is { } requested)
        {
            district = scope.CanReadVolunteerActivitiesOf(requested) ? requested : throw DomainException.NoSuch("districtId", "district", requested);
        }
        else if (scope.IsVolunteer)
        {
            var own = await volunteers.OwnRecordAsync(user);
            district = scope.Geography.DistrictOf(own.CommunityId)?.Id ?? Guid.Empty;
        }
        else
        {
            throw DomainException.Invalid(FieldError.Required("districtId"));
        }

        var now = time.GetUtcNow();
        var rows = await cluster.Index<ActivityListing>(ActivityListing.DistrictKey(district)).ListAsync();
        return mapper.Map<IReadOnlyList<ActivityListingDto>>(rows.Where(r => r.EndsAt > now).ToArray());
    }

    /// <summary>The activities of one organizer, ended ones too: his own only (404 outside his scope, 403 when he only reads it).</summary>
    public async Task<IReadOnlyList<ActivityListingDto>> OrganizedAsync(ClaimsPrincipal user, Guid? organizationId, Guid? stationId, Guid? communityId)
    {
        var organizer = await OrganizerAsync(user, organizationId, stationId, communityId);
        var rows = await cluster.Index<ActivityListing>(ActivityListing.OrganizerKey(organizer.Kind, organizer.Id)).ListAsync();
        return mapper.Map<IReadOnlyList<ActivityListingDto>>(rows);
    }

    public async Task<ActivityPageDto> PublishAsync(ClaimsPrincipal user, PublishActivityRequest request)
    {
        var organizer = await OrganizerAsync(user, request.OrganizationId, request.StationId, request.CommunityId);
        var (command, errors) = request.ToCommand(organizer.Kind, organizer.Id, organizer.Name, organizer.AreaId);
        DomainException.ThrowIfInvalid(errors);
        await RequireServedAsync(organizer, command);
        var grain = cluster.GetGrain<IVolunteerActivityGrain>(Guid.NewGuid());
        var record = await grain.PublishAsync(command, user.Actor());
        return new ActivityPageDto(mapper.Map<ActivityDto>(record), null, true);
    }

    public async Task<ActivityPageDto> GetAsync(ClaimsPrincipal user, Guid id)
    {
        var (record, organizes) = await ReadableAsync(user, id);
        ActivitySignUp? mine = null;
        if ((await scopes.ForAsync(user)).IsVolunteer && await OwnVolunteerIdAsync(user) is { } volunteerId)
        {
            mine = await Activity(id).SignUpOfAsync(volunteerId);
        }

        return new ActivityPageDto(mapper.Map<ActivityDto>(record), mine is null ? null : mapper.Map<ActivitySignUpDto>(mine), organizes);
    }

    /// <summary>Every sign-up: organizers see phones, staff reading the district see them masked; volunteers are refused (403).</summary>
    public async Task<IReadOnlyList<ActivitySignUpDto>> SignUpsAsync(ClaimsPrincipal user, Guid id)
    {
        var (_, organizes) = await ReadableAsync(user, id);
        UserScope.Require(!(await scopes.ForAsync(user)).IsVolunteer, ErrorCodes.ActivityOrganizersOnly);
        var signUps = mapper.Map<IReadOnlyList<ActivitySignUpDto>>(await Activity(id).GetSignUpsAsync());
        return organizes ? signUps : signUps.Select(s => s with { MobileNumber = PersonalData.MaskPhone(s.MobileNumber) }).ToArray();
    }

    public async Task<ActivitySignUpDto> SignUpAsync(ClaimsPrincipal user, Guid id, SignUpRequest request)
    {
        await ReadableAsync(user, id);
        var volunteer = await volunteers.OwnRecordAsync(user);
        if (string.IsNullOrWhiteSpace(request.Role))
        {
            throw DomainException.Invalid(FieldError.Required("role"));
        }

        return mapper.Map<ActivitySignUpDto>(await Activity(id).SignUpAsync(volunteer.Id, volunteer.Name, volunteer.MobileNumber, request.Role, user.Actor()));
    }

    public async Task<ActivitySignUpDto> CancelAsync(ClaimsPrincipal user, Guid id)
    {
        await ReadableAsync(user, id);
        var volunteer = await volunteers.OwnRecordAsync(user);
        return mapper.Map<ActivitySignUpDto>(await Activity(id).CancelAsync(volunteer.Id, user.Actor()));
    }

    /// <summary>The current code; the QR image holds the check-in address under <paramref name="baseUri"/> (the site as the caller reached it).</summary>
    public async Task<CheckInCodeDto> CodeAsync(ClaimsPrincipal user, Guid id, string baseUri)
    {
        await OrganizedActivityAsync(user, id);
        var code = await Activity(id).CurrentCodeAsync();
        var path = CheckInPath(id, code.Code);
        return new CheckInCodeDto(code.Code, code.ChangesAt, path, QrImage(baseUri.TrimEnd('/') + path));
    }

    public async Task<ActivitySignUpDto> CheckInAsync(ClaimsPrincipal user, Guid id, CheckInRequest request, bool checkingOut)
    {
        await ReadableAsync(user, id);
        var volunteer = await volunteers.OwnRecordAsync(user);
        if (string.IsNullOrWhiteSpace(request.Code))
        {
            throw DomainException.Invalid(FieldError.Required("code"));
        }

        var activity = Activity(id);
        var signUp = checkingOut ? await activity.CheckOutAsync(volunteer.Id, request.Code) : await activity.CheckInAsync(volunteer.Id, request.Code);
        return mapper.Map<ActivitySignUpDto>(signUp);
    }

    public async Task<ActivitySignUpDto> CorrectAsync(ClaimsPrincipal user, Guid id, Guid signUpId, CorrectHoursRequest request)
    {
        await OrganizedActivityAsync(user, id);
        var errors = new List<FieldError>();
        if (request.CheckedInAt is null)
        {
            errors.Add(FieldError.Required("checkedInAt"));
        }

        if (request.CheckedOutAt is null)
        {
            errors.Add(FieldError.Required("checkedOutAt"));
        }

        if (string.IsNullOrWhiteSpace(request.Reason))
        {
            errors.Add(FieldError.Required("reason"));
        }

        DomainException.ThrowIfInvalid(errors);
        return mapper.Map<ActivitySignUpDto>(await Activity(id).CorrectAsync(signUpId, request.CheckedInAt!.Value, request.CheckedOutAt!.Value, request.Reason!, user.Actor()));
    }

    public async Task<ActivitySignUpDto> ConfirmAsync(ClaimsPrincipal user, Guid id, Guid signUpId)
    {
        await OrganizedActivityAsync(user, id);
        return mapper.Map<ActivitySignUpDto>(await Activity(id).ConfirmAsync(signUpId, user.Actor()));
    }

    private IVolunteerActivityGrain Activity(Guid id) => cluster.GetGrain<IVolunteerActivityGrain>(id);

    private async Task<Guid?> OwnVolunteerIdAsync(ClaimsPrincipal user) =>
        await cluster.GetGrain<IVolunteerAccountGrain>(user.Actor().UserId).GetHolderAsync();

    /// <summary>The activity when the user may read it, and whether he organizes it; otherwise 404.</summary>
    private async Task<(ActivityRecord Record, bool Organizes)> ReadableAsync(ClaimsPrincipal user, Guid id)
    {
        var scope = await scopes.ForAsync(user);
        var record = await Activity(id).GetAsync() ?? throw DomainException.NoSuch("id", "volunteerActivity", id);
        var organizes = await OrganizesAsync(scope, record);
        var district = scope.Geography.DistrictOf(record.AreaId)?.Id;
        return organizes || scope.IsVolunteer || (district is { } d && scope.CanReadVolunteerActivitiesOf(d))
            ? (record, organizes)
            : throw DomainException.NoSuch("id", "volunteerActivity", id);
    }

    /// <summary>The activity when the user organizes it: 404 when he may not read it, 403 when he only reads it.</summary>
    private async Task<ActivityRecord> OrganizedActivityAsync(ClaimsPrincipal user, Guid id)
    {
        var (record, organizes) = await ReadableAsync(user, id);
        UserScope.Require(organizes, ErrorCodes.ActivityOrganizersOnly);
        return record;
    }

    private async Task<bool> OrganizesAsync(UserScope scope, ActivityRecord record) => record.OrganizerKind switch
    {
        OrganizerKind.Organization => await cluster.GetGrain<Incubator.Organizations.IOrganizationGrain>(record.OrganizerId).GetAsync() is { } organization
            && scope.CanActFor(organization),
        OrganizerKind.Station => await cluster.GetGrain<IStationGrain>(record.OrganizerId).GetAsync() is { } station
            && station.CommunityIds.Any(scope.CanKeepCommunity),
        OrganizerKind.Community => scope.CanKeepCommunity(record.OrganizerId),
        _ => false,
    };

    private sealed record class Organizer(OrganizerKind Kind, Guid Id, string Name, Guid AreaId, StationRecord? Station);

    /// <summary>The one organizer named, when the user organizes for it: 400 when none or several are named, 404/403 as its feature answers.</summary>
    private async Task<Organizer> OrganizerAsync(ClaimsPrincipal user, Guid? organizationId, Guid? stationId, Guid? communityId)
    {
        var named = new[] { organizationId, stationId, communityId }.Count(id => id is not null);
        if (named != 1)
        {
            throw DomainException.Invalid(FieldError.Required("organizationId"));
        }

        var scope = await scopes.ForAsync(user);
        if (organizationId is { } orgId)
        {
            var organization = await scopes.ActableForAsync(user, orgId, "organizesVolunteers", "organizationId");
            var area = scope.Geography.FindIncubator(organization.IncubatorId)?.AreaId ?? Guid.Empty;
            return new(OrganizerKind.Organization, orgId, organization.Name, area, null);
        }

        if (stationId is { } sId)
        {
            var station = await cluster.GetGrain<IStationGrain>(sId).GetAsync();
            if (station is null || !station.CommunityIds.Any(scope.CanReadCommunity))
            {
                throw DomainException.NoSuch("stationId", "station", sId);
            }

            UserScope.Require(station.CommunityIds.Any(scope.CanKeepCommunity), ErrorCodes.CommunityKeeperOnly);
            return new(OrganizerKind.Station, sId, station.Name, station.CommunityIds.FirstOrDefault(station.DistrictId), station);
        }

        var community = scope.RequireKeptCommunity(communityId!.Value, "communityId");
        return new(OrganizerKind.Community, community.Id, community.Name, community.Id, null);
    }

    /// <summary>A station project must be the publishing station's; an engagement must be the organizer's (its organization, station or community).</summary>
    private async Task RequireServedAsync(Organizer organizer, PublishActivity command)
    {
        if (command.StationProjectId is { } projectId && organizer.Station?.Projects.Any(p => p.Id == projectId) != true)
        {
            throw DomainException.NoSuchInput("stationProjectId", "stationProject", projectId);
        }

        if (command.EngagementId is not { } engagementId)
        {
            return;
        }

        var needId = await cluster.GetGrain<INeedsDirectoryGrain>(0).NeedOfEngagementAsync(engagementId);
        var need = needId is { } n ? await cluster.GetGrain<INeedGrain>(n).GetAsync() : null;
        var engagement = need?.Engagement?.Id == engagementId ? need.Engagement : null;
        var ours = engagement is not null && organizer.Kind switch
        {
            OrganizerKind.Organization => engagement.OrganizationId == organizer.Id,
            OrganizerKind.Station => engagement.StationId == organizer.Id,
            _ => need!.CommunityId == organizer.Id,
        };
        if (!ours)
        {
            throw DomainException.NoSuchInput("engagementId", "engagement", engagementId);
        }
    }

    private static string QrImage(string address)
    {
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(address, QRCodeGenerator.ECCLevel.M);
        return "data:image/png;base64," + Convert.ToBase64String(new PngByteQRCode(data).GetGraphic(8));
    }
}
