using Incubator.Common;
using Incubator.Geography;
using Incubator.HandOffs;
using Incubator.Timeline;
using Incubator.Venues;

namespace Incubator.Organizations;

/// <summary>Filing (备案), admission, registration (登记) and leaving: the stages of <see cref="Lifecycle"/>.</summary>
public sealed partial class OrganizationGrain
{
    public async Task<OrganizationRecord> FileAsync(FileOrganization command, Actor actor)
    {
        if (state.RecordExists)
        {
            throw DomainException.Conflict("id", ErrorCodes.OrganizationAlreadyFiled, ErrorArg.Text("id", Id));
        }

        command = command.Normalized();
        DomainException.ThrowIfInvalid(command.Validate());
        var geography = await GrainFactory.GeographyAsync();
        geography.RequireIncubator(command.IncubatorId);

        if (command.CreditCode is { } code)
        {
            await ClaimCreditCodeAsync(code);
        }

        var now = clock.UtcNow;
        S.IncubatorId = command.IncubatorId;
        S.Name = command.Name;
        S.Category = command.Category;
        S.ServiceDomains = [.. command.ServiceDomains];
        S.ContactName = command.ContactName;
        S.ContactPhone = command.ContactPhone;
        S.CreditCode = command.CreditCode;
        S.LegalForm = command.CreditCode is null ? null : command.LegalForm;
        S.LegalStatus = command.CreditCode is null ? LegalStatus.Filed : LegalStatus.Registered;
        S.FilingNumber = FilingNumber(VenueTime.ToLocal(now, geography.TimeZoneOfIncubator(command.IncubatorId)));
        S.Stage = OrganizationStage.Applied;
        S.FiledAt = now;
        S.Tenures = [new IncubatorTenure(command.IncubatorId, now, null)];
        Record(now, actor, TimelineAction.Filed,
            TimelineArgument.Id(TimelineArgs.IncubatorId, command.IncubatorId),
            TimelineArgument.Enum(TimelineArgs.LegalStatus, S.LegalStatus),
            TimelineArgument.Text(TimelineArgs.FilingNumber, S.FilingNumber));
        return await SaveAsync();
    }

    public async Task<OrganizationRecord> AdmitAsync(AdmitOrganization command, Actor actor)
    {
        EnsureFiled();
        DomainException.ThrowIfInvalid(command.Validate());
        Lifecycle.EnsureCanMove(S.Stage, OrganizationStage.Incubating);
        var now = clock.UtcNow;
        var endsAt = now.AddMonths(command.IncubationMonths);

        // Jobs are scheduled before the state is written: if the write fails, they find nothing due and do nothing.
        S.GraduationReviewJobId = jobs.ScheduleGraduationReview(Id, endsAt);
        S.Stage = OrganizationStage.Incubating;
        S.IncubationStartedAt = now;
        S.IncubationEndsAt = endsAt;
        S.CohortId = command.CohortId;
        await PlanCheckpointsAsync(now);
        Record(now, actor, TimelineAction.Admitted,
            TimelineArgument.Number(TimelineArgs.Months, command.IncubationMonths),
            TimelineArgument.Date(TimelineArgs.DueAt, endsAt));
        RecordCheckpointsScheduled(now, actor);
        var record = await SaveAsync();
        await OpenCheckpointItemsAsync(now);
        return record;
    }

    public async Task<OrganizationRecord> RegisterAsync(string creditCode, LegalForm legalForm, Actor actor)
    {
        EnsureFiled();
        if (!Enum.IsDefined(legalForm))
        {
            throw DomainException.Invalid(FieldError.UnknownValue("legalForm"));
        }

        var code = CreditCode.Normalize(creditCode ?? "");
        if (CreditCode.ValidateFor(code, legalForm) is { } reason)
        {
            throw DomainException.Invalid(reason);
        }

        if (S.CreditCode is { } existing)
        {
            return existing == code
                ? ToRecord()
                : throw DomainException.Conflict("creditCode", ErrorCodes.OrganizationAlreadyRegistered, ErrorArg.Text("creditCode", existing));
        }

        await ClaimCreditCodeAsync(code);
        var now = clock.UtcNow;
        S.CreditCode = code;
        S.LegalForm = legalForm;
        S.LegalStatus = LegalStatus.Registered;
        Record(now, actor, TimelineAction.Registered, TimelineArgument.Text(TimelineArgs.CreditCode, code));
        return await SaveAsync();
    }

    public async Task<OrganizationRecord> ExitAsync(string reason, Actor actor)
    {
        EnsureFiled();
        if (string.IsNullOrWhiteSpace(reason))
        {
            throw DomainException.Invalid(FieldError.Required("reason"));
        }

        Lifecycle.EnsureCanMove(S.Stage, OrganizationStage.Exited);
        return await LeaveAsync(OrganizationStage.Exited, TimelineAction.Exited, reason.Trim(), actor);
    }

    /// <summary>Graduation or exit: no job of this organization may run afterwards, and nothing stays in anyone's inbox.</summary>
    private async Task<OrganizationRecord> LeaveAsync(OrganizationStage stage, TimelineAction action, string reason, Actor actor)
    {
        var now = clock.UtcNow;
        if (S.GraduationReviewJobId is { } review)
        {
            jobs.Cancel(review);
            S.GraduationReviewJobId = null;
        }

        CancelOpenCheckpoints();
        S.Stage = stage;
        if (stage == OrganizationStage.Exited)
        {
            S.ExitReason = reason;
            // Its time at the incubator ends here, so its tenure no longer reads "to date".
            S.Tenures = [.. Tenures().Select(t => t.To is null ? t with { To = now } : t)];
        }

        if (stage == OrganizationStage.Graduated)
        {
            Record(now, actor, action,
                TimelineArgument.Text(TimelineArgs.CertificateNumber, S.CertificateNumber ?? ""), TimelineArgument.Text(TimelineArgs.Reason, reason));
        }
        else
        {
            Record(now, actor, action, TimelineArgument.Text(TimelineArgs.Reason, reason));
        }

        var record = await SaveAsync();
        await inbox.CloseAllForOrganizationAsync(Id, now);
        if (stage == OrganizationStage.Exited && S.CohortId is { } cohortId)
        {
            // One-way (the cohort calls us, never the reverse) and after our own write, so the cohort frees the place of an
            // organization that has left; releasing is idempotent, a repeated message frees nothing more.
            await GrainFactory.GetGrain<ICohortGrain>(cohortId).ReleasePlaceAsync(Id);
        }

        return record;
    }

    /// <summary>Claims the code for this organization or throws a conflict naming the organization that holds it.</summary>
    private async Task ClaimCreditCodeAsync(string code)
    {
        var holder = await GrainFactory.GetGrain<ICreditCodeGrain>(code).ClaimAsync(Id);
        if (holder != Id)
        {
            var holderRecord = await GrainFactory.GetGrain<IOrganizationGrain>(holder).GetAsync();
            throw DomainException.Conflict(
                "creditCode", ErrorCodes.CreditCodeTaken, ErrorArg.Text("creditCode", code), ErrorArg.Text("holder", holderRecord?.Name ?? "?"), ErrorArg.Text("holderId", holder));
        }
    }

    /// <summary>BA + the filing date where the incubator is (not the UTC date) + the id's first eight hex digits.</summary>
    private string FilingNumber(DateTime localNow) => $"BA{localNow:yyyyMMdd}-{Id.ToString("N")[..8].ToUpperInvariant()}";
}
