using Incubator.Client.Privacy;
using Incubator.Client.Training;
using Incubator.Geography;
using Incubator.Organizations;
using Incubator.SocialWorkers;
using Incubator.Venues;
using Microsoft.AspNetCore.Identity;

namespace Incubator.Client.SocialWorkers;

/// <summary>
/// Social workers (社工) as a signed-in user may see and change them (docs/domain.md §8); the API and the pages both go
/// through here. A social worker sees only his own record (404 for any other); staff and leaders those of their district,
/// the phone masked unless they register and change them; a district's leader, its incubators' managers and administrators
/// register and change them.
/// </summary>
public sealed class SocialWorkerService(IClusterClient cluster, ScopeService scopes, IMapper mapper, TimeProvider time, UserManager<IncubatorUser> users)
{
    public const int DefaultPageSize = 20;

    public Task<GeographySnapshot> GeographyAsync() => cluster.GeographyAsync();

    /// <summary>A page of the social workers the user may list, by name; search finds a name or a certificate number.</summary>
    public async Task<PageDto<SocialWorkerSummaryDto>> ListAsync(
        ClaimsPrincipal user, Guid? districtId, Guid? subdistrictId, Guid? communityId, ServiceDomain? skill, string? search,
        bool includeLeft, bool idleOnly, int page, int pageSize)
    {
        var scope = await scopes.ForAsync(user);
        var area = AreaFilter.Resolve(scope, districtId, subdistrictId, communityId);
        var found = await Directory.ListAsync(new SocialWorkerQuery(
            area.Districts, area.Communities, skill, search, ActiveOnly: !includeLeft, idleOnly, area.Today(time), page, pageSize));
        return mapper.MapPage<SocialWorkerSummary, SocialWorkerSummaryDto>(found);
    }

    public async Task<SocialWorkerProfileDto> GetAsync(ClaimsPrincipal user, Guid id) => await ProfileAsync(user, await ReadableAsync(user, id));

    /// <summary>The signed-in social worker's own page; 404 while no record is linked to his account.</summary>
    public async Task<SocialWorkerProfileDto> MineAsync(ClaimsPrincipal user)
    {
        var actor = user.Actor();
        var id = await cluster.GetGrain<ISocialWorkerAccountGrain>(actor.UserId).GetHolderAsync()
            ?? throw DomainException.NoSuch("accountUserName", "socialWorker", actor.DisplayName);
        return await GetAsync(user, id);
    }

    public async Task<SocialWorkerProfileDto> RegisterAsync(ClaimsPrincipal user, RegisterSocialWorkerRequest request)
    {
        // Rights before the body's own rules: a caller who may not register here learns nothing about his input.
        var scope = await scopes.ForAsync(user);
        if (request.DistrictId is { } requested && scope.Geography.FindArea(requested) is not null)
        {
            RequireManage(scope, requested);
        }

        var today = TodayIn(scope.Geography, request.DistrictId);
        var (profile, errors) = request.Profile.ToProfile();
        var certification = request.Certification?.ToCertification(today);
        var accountId = await AccountToLinkAsync(request.AccountUserName);
        DomainException.ThrowIfInvalid([.. errors, .. certification?.Errors ?? [], .. accountId.Errors]);
        RequireManage(scope, profile.DistrictId);
        await RequireEmployerInDistrictAsync(user, profile.EmployerOrganizationId, profile.DistrictId);

        var grain = cluster.GetGrain<ISocialWorkerGrain>(Guid.NewGuid());
        var registered = await grain.RegisterAsync(profile, certification?.Certification, user.Actor());
        if (accountId.UserId is { } userId)
        {
            registered = await grain.LinkAccountAsync(userId, user.Actor());
        }

        return await ProfileAsync(user, registered);
    }

    public async Task<SocialWorkerProfileDto> UpdateAsync(ClaimsPrincipal user, Guid id, SocialWorkerProfileRequest request)
    {
        var current = await ManageableAsync(user, id);
        var (profile, errors) = request.ToProfile();
        DomainException.ThrowIfInvalid(errors);
        // Moving him to another district needs the right to manage there too.
        RequireManage(await scopes.ForAsync(user), profile.DistrictId);
        if (profile.EmployerOrganizationId != current.EmployerOrganizationId || profile.DistrictId != current.DistrictId)
        {
            await RequireEmployerInDistrictAsync(user, profile.EmployerOrganizationId, profile.DistrictId);
        }

        return await ProfileAsync(user, await cluster.GetGrain<ISocialWorkerGrain>(id).UpdateProfileAsync(profile, user.Actor()));
    }

    public async Task<SocialWorkerProfileDto> CertifyAsync(ClaimsPrincipal user, Guid id, CertificationRequest request)
    {
        var current = await ManageableAsync(user, id);
        var (certification, errors) = request.ToCertification(TodayIn((await scopes.ForAsync(user)).Geography, current.DistrictId));
        DomainException.ThrowIfInvalid(errors);
        return await ProfileAsync(user, await cluster.GetGrain<ISocialWorkerGrain>(id).CertifyAsync(certification, user.Actor()));
    }

    public async Task<SocialWorkerProfileDto> LeaveAsync(ClaimsPrincipal user, Guid id, LeaveRequest request)
    {
        await ManageableAsync(user, id);
        var leftOn = request.LeftOn ?? throw DomainException.Invalid(FieldError.Required("leftOn"));
        return await ProfileAsync(user, await cluster.GetGrain<ISocialWorkerGrain>(id).LeaveAsync(leftOn, user.Actor()));
    }

    public async Task<SocialWorkerProfileDto> LinkAccountAsync(ClaimsPrincipal user, Guid id, LinkAccountRequest request)
    {
        await ManageableAsync(user, id);
        var account = await AccountToLinkAsync(request.AccountUserName);
        DomainException.ThrowIfInvalid(account.Errors);
        return await ProfileAsync(user, await cluster.GetGrain<ISocialWorkerGrain>(id).LinkAccountAsync(account.UserId, user.Actor()));
    }

    /// <summary>The record when the user may read it; otherwise 404, so that ids outside one's scope reveal nothing.</summary>
    public async Task<SocialWorkerRecord> ReadableAsync(ClaimsPrincipal user, Guid id, string field = "id")
    {
        var grain = cluster.GetGrain<ISocialWorkerGrain>(id);
        var scope = await scopes.ForAsync(user);
        if (!await grain.ExistsAsync() || await grain.GetAsync() is not { } record || !scope.CanReadSocialWorker(record))
        {
            throw DomainException.NoSuch(field, "socialWorker", id);
        }

        return record;
    }

    private ISocialWorkerDirectoryGrain Directory => cluster.GetGrain<ISocialWorkerDirectoryGrain>(0);

    private async Task<SocialWorkerRecord> ManageableAsync(ClaimsPrincipal user, Guid id)
    {
        var record = await ReadableAsync(user, id);
        RequireManage(await scopes.ForAsync(user), record.DistrictId);
        return record;
    }

    private static void RequireManage(UserScope scope, Guid districtId) =>
        UserScope.Require(scope.CanManageSocialWorkersIn(districtId), ErrorCodes.SocialWorkerManagersOnly);

    /// <summary>An employer is an organization of an incubator in the social worker's district; any other id is refused as unknown.</summary>
    private async Task RequireEmployerInDistrictAsync(ClaimsPrincipal user, Guid? employerId, Guid districtId)
    {
        if (employerId is not { } id)
        {
            return;
        }

        var organization = await cluster.GetGrain<IOrganizationGrain>(id).GetAsync();
        if (organization is null || (await scopes.ForAsync(user)).Geography.FindIncubator(organization.IncubatorId)?.DistrictId != districtId)
        {
            throw DomainException.NoSuchInput("employerOrganizationId", "organization", id);
        }
    }

    /// <summary>The user id of the SocialWorker account named, or the reason it cannot be linked; no name means none.</summary>
    private async Task<(string? UserId, IReadOnlyList<FieldError> Errors)> AccountToLinkAsync(string? userName)
    {
        if (string.IsNullOrWhiteSpace(userName))
        {
            return (null, []);
        }

        var account = await users.FindByNameAsync(userName.Trim());
        if (account is null)
        {
            return (null, [FieldError.Of("accountUserName", ErrorCodes.NotFound, ErrorArg.Noun("thing", "account"), ErrorArg.Text("id", userName.Trim()))]);
        }

        return await users.IsInRoleAsync(account, Roles.SocialWorker)
            ? (account.Id, [])
            : (null, [FieldError.Of("accountUserName", ErrorCodes.SocialWorkerAccountRole, ErrorArg.Text("userName", account.UserName))]);
    }

    private async Task<SocialWorkerProfileDto> ProfileAsync(ClaimsPrincipal user, SocialWorkerRecord record)
    {
        var scope = await scopes.ForAsync(user);
        var today = TodayIn(scope.Geography, record.DistrictId);
        var dto = mapper.Map<SocialWorkerDto>(record);
        if (!scope.SeesPhoneOf(record))
        {
            dto = dto with { PhoneNumber = PersonalData.MaskPhone(dto.PhoneNumber) };
        }

        var employer = record.EmployerOrganizationId is { } employerId ? await cluster.GetGrain<IOrganizationGrain>(employerId).GetAsync() : null;
        var education = await cluster.ContinuingEducationAsync(record);
        var account = record.AccountUserId is { } accountId ? (await users.FindByIdAsync(accountId))?.UserName : null;
        return new SocialWorkerProfileDto(dto, employer?.Name, record.CommittedInWeekOf(today), record.HoursLeftFrom(today),
            mapper.Map<TrainingRecordDto>(education), account, scope.CanManageSocialWorkersIn(record.DistrictId));
    }

    private DateOnly TodayIn(GeographySnapshot geography, Guid? areaId) => VenueTime.Today(time, geography.TimeZoneOf(areaId));
}
