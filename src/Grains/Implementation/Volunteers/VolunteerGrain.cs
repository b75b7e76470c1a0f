using Incubator.Common;
using Incubator.Geography;
using Incubator.Venues;

namespace Incubator.Volunteers;

/// <summary>
/// One volunteer. The account that registers becomes his (the account grain keeps one record per account); activities
/// push his confirmed hours here after their own state, and certificates are issued from them.
/// </summary>
public sealed class VolunteerGrain(
    [PersistentState("volunteer", StorageNames.Incubator)] IPersistentState<VolunteerState> state,
    DomainClock clock) : Grain, IVolunteerGrain
{
    private VolunteerState S => state.State;

    private Guid Id => this.GetPrimaryKey();

    public Task<bool> ExistsAsync() => Task.FromResult(S.Profile is not null);

    public Task<VolunteerRecord> GetAsync() => Task.FromResult(Record());

    public async Task<VolunteerRecord> RegisterAsync(VolunteerProfile profile, string? protectedIdCardNumber, Actor actor)
    {
        if (S.Profile is not null)
        {
            throw DomainException.Conflict("id", ErrorCodes.VolunteerAlreadyRegistered, ErrorArg.Text("name", S.Profile.Name));
        }

        DomainException.ThrowIfInvalid(profile.Validate());
        profile = profile.Normalized();
        await RequireCommunityAsync(profile.CommunityId);
        var holder = await GrainFactory.GetGrain<IVolunteerAccountGrain>(actor.UserId).ClaimAsync(Id);
        if (holder != Id)
        {
            throw DomainException.Conflict("id", ErrorCodes.VolunteerAccountTaken);
        }

        S.Profile = profile;
        S.ProtectedIdCardNumber = protectedIdCardNumber;
        S.AccountUserId = actor.UserId;
        S.RegisteredAt = clock.UtcNow;
        await state.WriteStateAsync();
        return Record();
    }

    public async Task<VolunteerRecord> UpdateAsync(VolunteerProfile profile, string? protectedIdCardNumber, bool keepIdCard, Actor actor)
    {
        Record();
        DomainException.ThrowIfInvalid(profile.Validate());
        profile = profile.Normalized();
        await RequireCommunityAsync(profile.CommunityId);
        S.Profile = profile;
        if (!keepIdCard)
        {
            S.ProtectedIdCardNumber = protectedIdCardNumber;
        }

        await state.WriteStateAsync();
        return Record();
    }

    public async Task RecordServiceAsync(ConfirmedService service)
    {
        Record();
        if (S.Services.TryGetValue(service.ActivityId, out var known) && known == service)
        {
            return;
        }

        S.Services[service.ActivityId] = service;
        await state.WriteStateAsync();
    }

    public async Task<VolunteerCertificate> IssueCertificateAsync(int? year, string timeZoneId, Actor actor)
    {
        var record = Record();
        var counted = record.Services
            .Where(s => year is null || VenueTime.ToLocal(s.StartsAt, timeZoneId).Year == year)
            .Where(s => s.Hours > 0)
            .ToArray();
        if (counted.Length == 0)
        {
            throw DomainException.Conflict("year", ErrorCodes.VolunteerNoHours);
        }

        // A fresh code until one is free: with 59 random bits a second round is all but impossible, but never silently shared.
        while (true)
        {
            var certificate = new VolunteerCertificate(CertificateCodes.New(), Id, record.Name, year, counted.Sum(s => s.Hours), counted.Length, clock.UtcNow);
            if (await GrainFactory.GetGrain<IVolunteerCertificateGrain>(certificate.VerificationCode).IssueAsync(certificate))
            {
                S.CertificateCodes.Add(certificate.VerificationCode);
                await state.WriteStateAsync();
                return certificate;
            }
        }
    }

    private async Task RequireCommunityAsync(Guid communityId)
    {
        var geography = await GrainFactory.GeographyAsync();
        if (geography.FindArea(communityId) is not { Level: AreaLevel.Community })
        {
            throw DomainException.NoSuchInput("communityId", "community", communityId);
        }
    }

    private VolunteerRecord Record()
    {
        var p = S.Profile ?? throw DomainException.NoSuch("id", "volunteer", Id);
        return new VolunteerRecord(Id, p.Name, p.MobileNumber, p.CommunityId, p.Skills, p.Availability, S.ProtectedIdCardNumber,
            S.AccountUserId, S.RegisteredAt, S.Services.Values.OrderBy(s => s.StartsAt).ToArray(), S.CertificateCodes.ToArray());
    }
}
