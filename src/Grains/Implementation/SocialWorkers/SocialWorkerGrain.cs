using Incubator.Common;
using Incubator.Geography;
using Incubator.Organizations;
using Incubator.Venues;

namespace Incubator.SocialWorkers;

/// <summary>
/// One social worker. The grain is the consistency boundary for his hours: Orleans runs one call at a time, so checking a
/// reservation against every week it covers and recording it happen together (docs/domain.md §8). Calls go one way: it
/// asks the certificate-number and account grains, which never call back.
/// </summary>
public sealed class SocialWorkerGrain(
    [PersistentState("socialWorker", StorageNames.Incubator)] IPersistentState<SocialWorkerState> state,
    SocialWorkerReadModel readModel,
    DomainClock clock) : Grain, ISocialWorkerGrain
{
    private SocialWorkerState S => state.State;

    private Guid Id => this.GetPrimaryKey();

    private bool Registered => S.Profile is not null;

    public Task<SocialWorkerRecord> GetAsync() => Task.FromResult(Record());

    public Task<bool> ExistsAsync() => Task.FromResult(Registered);

    public async Task<SocialWorkerRecord> RegisterAsync(SocialWorkerProfile profile, Certification? certification, Actor actor)
    {
        if (Registered)
        {
            throw DomainException.Conflict("id", ErrorCodes.SocialWorkerAlreadyRegistered, ErrorArg.Text("name", S.Profile!.Name));
        }

        var geography = await GrainFactory.GeographyAsync();
        var today = TodayIn(geography, profile.DistrictId);
        var errors = profile.Validate().Concat(certification?.Validate(today) ?? []).ToList();
        DomainException.ThrowIfInvalid(errors);
        profile = profile.Normalized();
        await CheckReferencesAsync(profile, geography);
        certification = certification?.Normalized();
        if (certification is not null)
        {
            await ClaimCertificateAsync(certification.CertificateNumber);
        }

        S.Profile = profile;
        S.Certification = certification;
        S.Status = SocialWorkerStatus.Active;
        S.RegisteredAt = clock.UtcNow;
        S.RegisteredBy = actor.DisplayName;
        await WriteAsync(today);
        return Record();
    }

    public async Task<SocialWorkerRecord> UpdateProfileAsync(SocialWorkerProfile profile, Actor actor)
    {
        EnsureRegistered();
        DomainException.ThrowIfInvalid(profile.Validate());
        profile = profile.Normalized();
        var geography = await GrainFactory.GeographyAsync();
        await CheckReferencesAsync(profile, geography);
        var today = TodayIn(geography, profile.DistrictId);
        var lastDay = S.Commitments.Where(c => c.Holds).Select(c => c.Until).DefaultIfEmpty(today).Max();
        var (committed, week) = lastDay < today ? (0, today) : WeeklyHours.PeakCommitted(S.Commitments, today, lastDay);
        if (profile.WeeklyHoursAvailable < committed)
        {
            throw DomainException.Conflict("weeklyHoursAvailable", ErrorCodes.SocialWorkerHoursBelowCommitted,
                ErrorArg.Date("week", week), ErrorArg.Text("committed", committed));
        }

        S.Profile = profile;
        await WriteAsync(today);
        return Record();
    }

    public async Task<SocialWorkerRecord> CertifyAsync(Certification certification, Actor actor)
    {
        EnsureRegistered();
        var geography = await GrainFactory.GeographyAsync();
        var today = TodayIn(geography, S.Profile!.DistrictId);
        DomainException.ThrowIfInvalid(certification.Validate(today));
        certification = certification.Normalized();
        if (S.Certification is { } current && certification.Level < current.Level)
        {
            throw DomainException.Conflict("certificationLevel", ErrorCodes.SocialWorkerLowerLevel,
                ErrorArg.Label("level", current.Level));
        }

        await ClaimCertificateAsync(certification.CertificateNumber);
        var previous = S.Certification?.CertificateNumber;
        S.Certification = certification;
        await WriteAsync(today);
        if (previous is not null && previous != certification.CertificateNumber)
        {
            await GrainFactory.GetGrain<ICertificateNumberGrain>(previous).ReleaseAsync(Id);
        }

        return Record();
    }

    public async Task<SocialWorkerRecord> LeaveAsync(DateOnly leftOn, Actor actor)
    {
        EnsureRegistered();
        var geography = await GrainFactory.GeographyAsync();
        var today = TodayIn(geography, S.Profile!.DistrictId);
        var registeredOn = DateOnly.FromDateTime(VenueTime.ToLocal(S.RegisteredAt, geography.TimeZoneOf(S.Profile.DistrictId)));
        if (leftOn < registeredOn)
        {
            throw DomainException.Invalid("leftOn", ErrorCodes.SocialWorkerLeftBeforeRegistered, ErrorArg.Date("registeredOn", registeredOn));
        }

        if (leftOn > today)
        {
            throw DomainException.Invalid(FieldError.OutOfRange("leftOn", registeredOn.ToString("yyyy-MM-dd"), today.ToString("yyyy-MM-dd")));
        }

        if (S.Status == SocialWorkerStatus.Left)
        {
            return Record();
        }

        S.Status = SocialWorkerStatus.Left;
        S.LeftOn = leftOn;
        await WriteAsync(today);
        return Record();
    }

    public async Task<SocialWorkerRecord> LinkAccountAsync(string? accountUserId, Actor actor)
    {
        EnsureRegistered();
        if (accountUserId == S.AccountUserId)
        {
            return Record();
        }

        if (accountUserId is not null)
        {
            var holder = await GrainFactory.GetGrain<ISocialWorkerAccountGrain>(accountUserId).ClaimAsync(Id);
            if (holder != Id)
            {
                throw DomainException.Conflict("accountUserName", ErrorCodes.SocialWorkerAccountTaken, ErrorArg.Text("userName", accountUserId));
            }
        }

        var previous = S.AccountUserId;
        S.AccountUserId = accountUserId;
        await WriteAsync(await TodayAsync());
        if (previous is not null)
        {
            await GrainFactory.GetGrain<ISocialWorkerAccountGrain>(previous).ReleaseAsync(Id);
        }

        return Record();
    }

    public async Task ReserveHoursAsync(ReserveHours command)
    {
        EnsureRegistered();
        DomainException.ThrowIfInvalid(command.Validate());
        if (S.Commitments.FirstOrDefault(c => c.ProposalId == command.ProposalId) is { } existing)
        {
            if (existing.Status == CommitmentStatus.Released)
            {
                throw DomainException.Conflict("proposalId", ErrorCodes.SocialWorkerProposalReleased, ErrorArg.Text("proposal", command.ProposalId));
            }

            return;
        }

        if (S.Status == SocialWorkerStatus.Left)
        {
            throw DomainException.Conflict("socialWorkerId", ErrorCodes.SocialWorkerLeft,
                ErrorArg.Text("name", S.Profile!.Name), ErrorArg.Date("leftOn", S.LeftOn!.Value));
        }

        var candidate = new HoursCommitment(command.ProposalId, command.WeeklyHours, command.From, command.Until,
            CommitmentStatus.Reserved, clock.UtcNow, null, null);
        var (peak, week) = WeeklyHours.PeakCommitted([.. S.Commitments, candidate], command.From, command.Until);
        if (peak > S.Profile!.WeeklyHoursAvailable)
        {
            throw DomainException.Conflict("weeklyHours", ErrorCodes.SocialWorkerHoursOverCommitted,
                ErrorArg.Date("week", week),
                ErrorArg.Text("committed", peak - command.WeeklyHours),
                ErrorArg.Text("requested", command.WeeklyHours),
                ErrorArg.Text("available", S.Profile.WeeklyHoursAvailable));
        }

        S.Commitments.Add(candidate);
        await WriteAsync(await TodayAsync());
    }

    public async Task ConfirmHoursAsync(Guid proposalId)
    {
        EnsureRegistered();
        var index = S.Commitments.FindIndex(c => c.ProposalId == proposalId);
        if (index < 0)
        {
            throw DomainException.NoSuch("proposalId", "proposal", proposalId);
        }

        var commitment = S.Commitments[index];
        switch (commitment.Status)
        {
            case CommitmentStatus.Confirmed:
                return;
            case CommitmentStatus.Released:
                throw DomainException.Conflict("proposalId", ErrorCodes.SocialWorkerProposalReleased, ErrorArg.Text("proposal", proposalId));
        }

        S.Commitments[index] = commitment with { Status = CommitmentStatus.Confirmed, ConfirmedAt = clock.UtcNow };
        await WriteAsync(await TodayAsync());
    }

    public async Task ReleaseHoursAsync(Guid proposalId)
    {
        EnsureRegistered();
        var index = S.Commitments.FindIndex(c => c.ProposalId == proposalId);
        if (index < 0 || S.Commitments[index].Status == CommitmentStatus.Released)
        {
            return;
        }

        S.Commitments[index] = S.Commitments[index] with { Status = CommitmentStatus.Released, ReleasedAt = clock.UtcNow };
        await WriteAsync(await TodayAsync());
    }

    private void EnsureRegistered()
    {
        if (!Registered)
        {
            throw DomainException.NoSuch("socialWorkerId", "socialWorker", Id);
        }
    }

    private SocialWorkerRecord Record()
    {
        EnsureRegistered();
        var p = S.Profile!;
        return new SocialWorkerRecord(Id, p.Name, p.EmployerOrganizationId, p.DistrictId, p.CommunityIds, p.StationIds, p.Skills,
            S.Certification, S.Status, p.WeeklyHoursAvailable, S.AccountUserId, p.Phone, S.LeftOn, S.Commitments.ToArray(),
            S.RegisteredAt, S.RegisteredBy);
    }

    private async Task ClaimCertificateAsync(string number)
    {
        var holder = await GrainFactory.GetGrain<ICertificateNumberGrain>(number).ClaimAsync(Id);
        if (holder != Id)
        {
            throw DomainException.Conflict("certificateNumber", ErrorCodes.SocialWorkerCertificateTaken, ErrorArg.Text("number", number));
        }
    }

    private async Task CheckReferencesAsync(SocialWorkerProfile profile, GeographySnapshot geography)
    {
        var district = geography.FindArea(profile.DistrictId);
        if (district is not { Level: AreaLevel.District })
        {
            throw DomainException.NoSuchInput("districtId", "district", profile.DistrictId);
        }

        foreach (var communityId in profile.CommunityIds)
        {
            var community = geography.FindArea(communityId);
            if (community is null)
            {
                throw DomainException.NoSuchInput("communityIds", "community", communityId);
            }

            if (community.Level != AreaLevel.Community || geography.DistrictOf(communityId)?.Id != district.Id)
            {
                throw DomainException.Invalid("communityIds", ErrorCodes.SocialWorkerWrongArea,
                    ErrorArg.Text("area", community.Name), ErrorArg.Text("district", district.Name));
            }
        }

        if (profile.EmployerOrganizationId is { } employerId && await GrainFactory.GetGrain<IOrganizationGrain>(employerId).GetAsync() is null)
        {
            throw DomainException.NoSuchInput("employerOrganizationId", "organization", employerId);
        }
    }

    private async Task<DateOnly> TodayAsync() => TodayIn(await GrainFactory.GeographyAsync(), S.Profile!.DistrictId);

    private DateOnly TodayIn(GeographySnapshot geography, Guid districtId) =>
        DateOnly.FromDateTime(VenueTime.ToLocal(clock.UtcNow, geography.TimeZoneOf(districtId)));

    // The read model follows the state (a second commit, like the funding contracts); it carries the peak commitment from today on.
    private async Task WriteAsync(DateOnly today)
    {
        await state.WriteStateAsync();
        await readModel.UpsertAsync(Record(), today);
    }
}
