using Incubator.Common;
using Incubator.Geography;

namespace Incubator.Organizations;

public sealed class OrganizationGrain(
    [PersistentState("organization", StorageNames.Incubator)] IPersistentState<OrganizationState> state,
    IGraduationReviewScheduler reviewScheduler,
    OrganizationReadModel readModel,
    TimeProvider time) : Grain, IOrganizationGrain
{
    private Guid Id => this.GetPrimaryKey();

    private OrganizationState S => state.State;

    public async Task<OrganizationRecord> FileAsync(FileOrganization command, Actor actor)
    {
        if (state.RecordExists)
        {
            throw DomainException.Conflict("id", $"Organization {Id} is already filed.");
        }

        command = command.Normalized();
        if (command.Validate() is [var first, ..])
        {
            throw DomainException.Invalid(first.Field, first.Message);
        }

        var geography = await GrainFactory.GetGrain<IGeographyGrain>(IGeographyGrain.Key).GetAsync();
        if (geography.FindIncubator(command.IncubatorId) is null)
        {
            throw DomainException.NotFound("incubatorId", $"There is no incubator {command.IncubatorId}.");
        }

        if (command.CreditCode is { } code)
        {
            await ClaimCreditCodeAsync(code);
        }

        var now = time.GetUtcNow();
        S.IncubatorId = command.IncubatorId;
        S.Name = command.Name;
        S.Category = command.Category;
        S.ServiceDomains = [.. command.ServiceDomains];
        S.ContactName = command.ContactName;
        S.ContactPhone = command.ContactPhone;
        S.CreditCode = command.CreditCode;
        S.LegalStatus = command.CreditCode is null ? LegalStatus.Filed : LegalStatus.Registered;
        S.FilingNumber = FilingNumber(now);
        S.Stage = OrganizationStage.Applied;
        S.FiledAt = now;
        Record(now, actor, TimelineAction.Filed, $"Filed at incubator {command.IncubatorId} as {S.LegalStatus}, filing number {S.FilingNumber}");
        return await SaveAsync(now);
    }

    public Task<OrganizationRecord?> GetAsync() =>
        Task.FromResult(state.RecordExists ? ToRecord() : null);

    public Task<IReadOnlyList<TimelineEntry>> GetTimelineAsync() =>
        Task.FromResult<IReadOnlyList<TimelineEntry>>(S.Timeline.ToArray());

    public async Task<OrganizationRecord> AdmitAsync(AdmitOrganization command, Actor actor)
    {
        EnsureFiled();
        if (command.Validate() is [var first, ..])
        {
            throw DomainException.Invalid(first.Field, first.Message);
        }

        Lifecycle.EnsureCanMove(S.Stage, OrganizationStage.Incubating);
        var now = time.GetUtcNow();
        var endsAt = now.AddMonths(command.IncubationMonths);

        // Scheduled before the state is written: if the write fails, the job finds the organization not incubating and does nothing.
        S.GraduationReviewJobId = reviewScheduler.Schedule(Id, endsAt);
        S.Stage = OrganizationStage.Incubating;
        S.IncubationStartedAt = now;
        S.IncubationEndsAt = endsAt;
        S.CohortId = command.CohortId;
        Record(now, actor, TimelineAction.Admitted, $"Admitted for {command.IncubationMonths} months; graduation review due {endsAt:yyyy-MM-dd}");
        return await SaveAsync(now);
    }

    public async Task<OrganizationRecord> RegisterAsync(string creditCode, Actor actor)
    {
        EnsureFiled();
        var code = CreditCode.Normalize(creditCode ?? "");
        if (CreditCode.Validate(code) is { } reason)
        {
            throw DomainException.Invalid("creditCode", reason);
        }

        if (S.CreditCode is { } existing)
        {
            return existing == code
                ? ToRecord()
                : throw DomainException.Conflict("creditCode", $"The organization is already registered under {existing}.");
        }

        await ClaimCreditCodeAsync(code);
        var now = time.GetUtcNow();
        S.CreditCode = code;
        S.LegalStatus = LegalStatus.Registered;
        Record(now, actor, TimelineAction.Registered, $"Registered with civil affairs, credit code {code}");
        return await SaveAsync(now);
    }

    public async Task<OrganizationRecord> ExitAsync(string reason, Actor actor)
    {
        EnsureFiled();
        if (string.IsNullOrWhiteSpace(reason))
        {
            throw DomainException.Invalid("reason", "Say why the organization leaves.");
        }

        Lifecycle.EnsureCanMove(S.Stage, OrganizationStage.Exited);
        var now = time.GetUtcNow();
        S.Stage = OrganizationStage.Exited;
        S.ExitReason = reason.Trim();
        Record(now, actor, TimelineAction.Exited, $"Exited: {S.ExitReason}");
        var record = await SaveAsync(now);
        if (S.CohortId is { } cohortId)
        {
            await GrainFactory.GetGrain<ICohortGrain>(cohortId).ReleasePlaceAsync(Id);
        }

        return record;
    }

    public async Task AppendTimelineAsync(TimelineAction action, string detail, Actor actor)
    {
        EnsureFiled();
        Record(time.GetUtcNow(), actor, action, detail);
        await state.WriteStateAsync();
    }

    public async Task<OrganizationRecord> OpenGraduationReviewAsync()
    {
        var now = time.GetUtcNow();
        if (!state.RecordExists || S.Stage != OrganizationStage.Incubating || S.IncubationEndsAt is not { } dueAt || now < dueAt)
        {
            return state.RecordExists ? ToRecord() : throw DomainException.NotFound("id", $"Organization {Id} is not filed.");
        }

        S.Stage = OrganizationStage.GraduationReview;
        S.GraduationReviewOpenedAt = now;
        Record(now, Actor.System, TimelineAction.GraduationReviewOpened, $"Incubation period ended {dueAt:yyyy-MM-dd}; graduation review opened");
        var record = await SaveAsync(now);
        await readModel.OpenReviewTaskAsync(record, dueAt, now);
        return record;
    }

    /// <summary>Claims the code for this organization or throws a conflict naming the organization that holds it.</summary>
    private async Task ClaimCreditCodeAsync(string code)
    {
        var holder = await GrainFactory.GetGrain<ICreditCodeGrain>(code).ClaimAsync(Id);
        if (holder != Id)
        {
            var holderRecord = await GrainFactory.GetGrain<IOrganizationGrain>(holder).GetAsync();
            throw DomainException.Conflict("creditCode", $"Credit code {code} is already held by \"{holderRecord?.Name ?? "?"}\" ({holder}).");
        }
    }

    private void EnsureFiled()
    {
        if (!state.RecordExists)
        {
            throw DomainException.NotFound("id", $"Organization {Id} is not filed.");
        }
    }

    private void Record(DateTimeOffset at, Actor actor, TimelineAction action, string detail) =>
        S.Timeline.Add(new TimelineEntry(at, actor.UserId, actor.DisplayName, action, detail));

    private async Task<OrganizationRecord> SaveAsync(DateTimeOffset now)
    {
        await state.WriteStateAsync();
        var record = ToRecord();
        await readModel.UpsertAsync(record, now);
        return record;
    }

    private string FilingNumber(DateTimeOffset now) => $"BA{now:yyyyMMdd}-{Id.ToString("N")[..8].ToUpperInvariant()}";

    private OrganizationRecord ToRecord() => new(
        Id,
        S.IncubatorId,
        S.Name,
        S.Category,
        S.ServiceDomains.ToArray(),
        S.ContactName,
        S.ContactPhone,
        S.CreditCode,
        S.FilingNumber,
        S.LegalStatus,
        S.Stage,
        S.FiledAt,
        S.IncubationStartedAt,
        S.IncubationEndsAt,
        S.GraduationReviewOpenedAt,
        S.CohortId,
        S.ExitReason);
}
