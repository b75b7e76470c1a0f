using Incubator.Client.Privacy;
using Incubator.Indexes;
using Incubator.Venues;
using Incubator.Volunteers;
using Microsoft.Extensions.Options;

namespace Incubator.Client.Volunteers;

/// <summary>
/// Volunteers (志愿者) as the signed-in volunteer sees himself (docs/domain.md §2): he registers with a Volunteer account,
/// keeps his profile, sees his own sign-ups and hours and issues certificates; nobody else reads his record here. The
/// certificate check is the one anonymous part.
/// </summary>
public sealed class VolunteerService(IClusterClient cluster, ScopeService scopes, IMapper mapper, IdCardNumbers idCards, IOptions<VolunteerOptions> options)
{
    /// <summary>The signed-in volunteer's home; 404 while his account has no record, 403 for other roles.</summary>
    public async Task<VolunteerHomeDto> MineAsync(ClaimsPrincipal user) => await HomeAsync(user, await OwnRecordAsync(user));

    public async Task<VolunteerHomeDto> RegisterAsync(ClaimsPrincipal user, VolunteerProfileRequest request)
    {
        var scope = await RequireVolunteerAsync(user);
        var (profile, errors) = request.ToProfile();
        DomainException.ThrowIfInvalid(errors);
        RequireCommunity(scope, profile.CommunityId);
        var existing = await cluster.GetGrain<IVolunteerAccountGrain>(user.Actor().UserId).GetHolderAsync();
        var grain = cluster.GetGrain<IVolunteerGrain>(existing ?? Guid.NewGuid());
        var protectedId = string.IsNullOrWhiteSpace(request.IdCardNumber) ? null : idCards.Protect(request.IdCardNumber);
        return await HomeAsync(user, await grain.RegisterAsync(profile, protectedId, user.Actor()));
    }

    public async Task<VolunteerHomeDto> UpdateMineAsync(ClaimsPrincipal user, VolunteerProfileRequest request)
    {
        var record = await OwnRecordAsync(user);
        var (profile, errors) = request.ToProfile();
        DomainException.ThrowIfInvalid(errors);
        RequireCommunity(await scopes.ForAsync(user), profile.CommunityId);
        var protectedId = string.IsNullOrWhiteSpace(request.IdCardNumber) ? null : idCards.Protect(request.IdCardNumber);
        return await HomeAsync(user, await cluster.GetGrain<IVolunteerGrain>(record.Id).UpdateAsync(profile, protectedId, keepIdCard: request.IdCardNumber is null, user.Actor()));
    }

    public async Task<VolunteerCertificateDto> IssueCertificateAsync(ClaimsPrincipal user, IssueCertificateRequest request)
    {
        var record = await OwnRecordAsync(user);
        var zone = (await scopes.ForAsync(user)).Geography.TimeZoneOf(record.CommunityId);
        return mapper.Map<VolunteerCertificateDto>(await cluster.GetGrain<IVolunteerGrain>(record.Id).IssueCertificateAsync(request.Year, zone, user.Actor()));
    }

    /// <summary>
    /// Anyone may check a certificate: a code with a changed symbol fails its check and is refused like one never issued
    /// (404), without a lookup. The name is masked; the hours are those at issue.
    /// </summary>
    public async Task<VerifiedCertificateDto> VerifyAsync(string code)
    {
        var normalized = CertificateCodes.Normalize(code);
        var certificate = normalized is null ? null : await cluster.GetGrain<IVolunteerCertificateGrain>(normalized).GetAsync();
        return certificate is null
            ? throw DomainException.NoSuch("code", "volunteerCertificate", code)
            : new VerifiedCertificateDto(certificate.VerificationCode, PersonalData.MaskName(certificate.VolunteerName), certificate.Year,
                certificate.Hours, certificate.Activities, certificate.IssuedAt);
    }

    /// <summary>The signed-in volunteer's record: 403 for other roles, 404 before he registered.</summary>
    public async Task<VolunteerRecord> OwnRecordAsync(ClaimsPrincipal user)
    {
        await RequireVolunteerAsync(user);
        var actor = user.Actor();
        var id = await cluster.GetGrain<IVolunteerAccountGrain>(actor.UserId).GetHolderAsync()
            ?? throw DomainException.NoSuch("id", "volunteer", actor.DisplayName);
        return await cluster.GetGrain<IVolunteerGrain>(id).GetAsync();
    }

    private async Task<UserScope> RequireVolunteerAsync(ClaimsPrincipal user)
    {
        var scope = await scopes.ForAsync(user);
        UserScope.Require(scope.IsVolunteer, ErrorCodes.VolunteersOnly);
        return scope;
    }

    private static void RequireCommunity(UserScope scope, Guid communityId)
    {
        if (scope.Geography.FindArea(communityId) is not { Level: Incubator.Geography.AreaLevel.Community })
        {
            throw DomainException.NoSuchInput("communityId", "community", communityId);
        }
    }

    private async Task<VolunteerHomeDto> HomeAsync(ClaimsPrincipal user, VolunteerRecord record)
    {
        var geography = (await scopes.ForAsync(user)).Geography;
        var zone = geography.TimeZoneOf(record.CommunityId);
        var signUps = await cluster.Index<VolunteerSignUpRow>(record.Id).ListAsync();
        var byYear = record.Services
            .GroupBy(s => VenueTime.ToLocal(s.StartsAt, zone).Year)
            .OrderByDescending(g => g.Key)
            .Select(g => new YearHoursDto(g.Key, g.Sum(s => s.Hours), mapper.Map<IReadOnlyList<ConfirmedServiceDto>>(g.OrderBy(s => s.StartsAt).ToArray())))
            .ToArray();
        var (stars, nextAt) = options.Value.StarsFor(record.ConfirmedHours);
        return new VolunteerHomeDto(mapper.Map<VolunteerDto>(record), idCards.Masked(record.ProtectedIdCardNumber),
            geography.FindArea(record.CommunityId)?.Name ?? "", mapper.Map<IReadOnlyList<VolunteerSignUpDto>>(signUps), byYear,
            record.ConfirmedHours, stars, nextAt);
    }
}
