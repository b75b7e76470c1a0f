using Incubator.Geography;
using Incubator.Indexes;
using Incubator.Training;

namespace Incubator.Client.Training;

/// <summary>
/// Training as a signed-in user may see and work it; the API and the web UI both go through here. Those who see an incubator see
/// its courses and sessions; its manager (or an administrator) creates courses, schedules sessions, records attendance and
/// enrolls organizations on their behalf. A representative sees his organization's incubator and enrolls only his organization;
/// a social worker sees every incubator's training and enrolls only himself. Each sees only his own enrollments.
/// </summary>
public sealed class TrainingService(IClusterClient cluster, IMapper mapper, ScopeService scopes)
{
    public Task<GeographySnapshot> GeographyAsync() => cluster.GeographyAsync();

    public async Task<IReadOnlyList<CourseDto>> ListCoursesAsync(ClaimsPrincipal user, Guid? incubatorId)
    {
        var scope = await scopes.ForAsync(user);
        var incubators = scope.IncubatorsToList(scope.TrainingIncubators, incubatorId);

        var lists = await Task.WhenAll(incubators.Select(i => cluster.Index<CourseRecord>(i).ListAsync()));
        return mapper.Map<IReadOnlyList<CourseDto>>(CourseRecord.InListOrder(lists.SelectMany(l => l)).ToArray());
    }

    public async Task<CourseDto> CreateCourseAsync(ClaimsPrincipal user, CreateCourseRequest request)
    {
        // Rights before the body's own rules: a caller who may not create here learns nothing about his input.
        var scope = await scopes.ForAsync(user);
        if (request.IncubatorId is { } incubatorId)
        {
            scope.RequireIncubatorToCreateAt(incubatorId, "createsCourses");
        }

        var (command, errors) = request.ToCommand();
        DomainException.ThrowIfInvalid(errors);
        scope.RequireIncubatorToCreateAt(command.IncubatorId, "createsCourses");

        return mapper.Map<CourseDto>(await cluster.GetGrain<ICourseGrain>(Guid.NewGuid()).CreateAsync(command, user.Actor()));
    }

    public async Task<CourseDto> GetCourseAsync(ClaimsPrincipal user, Guid id) => mapper.Map<CourseDto>(await ReadableCourseAsync(user, id));

    /// <summary>Earliest first.</summary>
    public async Task<IReadOnlyList<SessionDto>> SessionsAsync(ClaimsPrincipal user, Guid courseId)
    {
        var course = await ReadableCourseAsync(user, courseId);
        return mapper.Map<IReadOnlyList<SessionDto>>(await cluster.GetGrain<ICourseGrain>(course.Id).GetSessionsAsync());
    }

    public async Task<SessionDto> ScheduleSessionAsync(ClaimsPrincipal user, Guid courseId, ScheduleSessionRequest request)
    {
        var course = await ReadableCourseAsync(user, courseId);
        (await scopes.ForAsync(user)).RequireManage(course.IncubatorId, "schedulesSessions");

        var (command, errors) = request.ToCommand();
        DomainException.ThrowIfInvalid(errors);
        return mapper.Map<SessionDto>(await cluster.GetGrain<ICourseGrain>(course.Id).ScheduleSessionAsync(command, user.Actor()));
    }

    public async Task<SessionDto> GetSessionAsync(ClaimsPrincipal user, Guid id) => mapper.Map<SessionDto>(await ReadableSessionAsync(user, id));

    /// <summary>The incubator's staff see every enrollment; a representative or a social worker only his own.</summary>
    public async Task<IReadOnlyList<EnrollmentDto>> EnrollmentsAsync(ClaimsPrincipal user, Guid sessionId)
    {
        var session = await ReadableSessionAsync(user, sessionId);
        var enrollments = await cluster.GetGrain<ITrainingSessionGrain>(session.Id).GetEnrollmentsAsync();
        var scope = await scopes.ForAsync(user);
        return enrollments.Where(e => Sees(scope, session, e)).Select(e => Masked(scope, session, e, mapper.Map<EnrollmentDto>(e))).ToArray();
    }

    // A social worker's name is personal data (PIPL): whole for himself and the incubator's staff running the course,
    // masked for others who may read the session (district leaders, community workers, party-building officers).
    private static EnrollmentDto Masked(UserScope scope, SessionRecord session, Enrollment enrollment, EnrollmentDto dto) =>
        enrollment.Kind == EnrolleeKind.SocialWorker && !Owns(scope, enrollment) && !scope.CanManage(session.IncubatorId)
            ? dto with { EnrolleeName = Privacy.PersonalData.MaskName(dto.EnrolleeName) }
            : dto;

    public async Task<EnrollmentDto> EnrollAsync(ClaimsPrincipal user, Guid sessionId, EnrollRequest request)
    {
        var session = await ReadableSessionAsync(user, sessionId);
        var enrollee = await EnrolleeAsync(user, session, request);
        return mapper.Map<EnrollmentDto>(await cluster.GetGrain<ITrainingSessionGrain>(session.Id).EnrollAsync(enrollee, user.Actor()));
    }

    /// <summary>By the enrollee himself or the incubator's manager.</summary>
    public async Task<EnrollmentDto> WithdrawAsync(ClaimsPrincipal user, Guid sessionId, Guid enrollmentId)
    {
        var (session, enrollment) = await VisibleEnrollmentAsync(user, sessionId, enrollmentId);
        var scope = await scopes.ForAsync(user);
        UserScope.Require(Owns(scope, enrollment) || scope.CanManage(session.IncubatorId), ErrorCodes.EnrolleeOrManager);

        return mapper.Map<EnrollmentDto>(await cluster.GetGrain<ITrainingSessionGrain>(session.Id).WithdrawAsync(enrollment.Id, user.Actor()));
    }

    public async Task<EnrollmentDto> RecordAttendanceAsync(ClaimsPrincipal user, Guid sessionId, Guid enrollmentId, AttendanceRequest request)
    {
        var (session, enrollment) = await VisibleEnrollmentAsync(user, sessionId, enrollmentId);
        (await scopes.ForAsync(user)).RequireManage(session.IncubatorId, "recordsAttendance");

        if (request.Attended is not { } attended)
        {
            throw DomainException.Invalid(FieldError.Required("attended"));
        }

        return mapper.Map<EnrollmentDto>(await cluster.GetGrain<ITrainingSessionGrain>(session.Id).RecordAttendanceAsync(enrollment.Id, attended, user.Actor()));
    }

    /// <summary>Only for an attended enrollment the user may see; anything else is 404, so no certificate is made up.</summary>
    public async Task<CertificateDto> CertificateAsync(ClaimsPrincipal user, Guid sessionId, Guid enrollmentId)
    {
        var (session, enrollment) = await VisibleEnrollmentAsync(user, sessionId, enrollmentId);
        if (enrollment.Status != EnrollmentStatus.Attended || enrollment.CertificateNumber is not { } number)
        {
            throw DomainException.NotFound("enrollmentId", ErrorCodes.CertificateNotAttended);
        }

        var incubator = (await GeographyAsync()).FindIncubator(session.IncubatorId);
        return new CertificateDto(number, enrollment.EnrolleeName, session.CourseTitle, session.Topic, session.Hours, session.StartsAt, session.Trainer, incubator?.Name ?? "");
    }

    public async Task<TrainingRecordDto> OrganizationTrainingAsync(ClaimsPrincipal user, Guid organizationId)
    {
        var organization = await scopes.ReadableAsync(user, organizationId);
        return mapper.Map<TrainingRecordDto>(await cluster.TrainingRecordAsync(TrainingRecordKeys.Organization(organization.Id)));
    }

    /// <summary>A person's own record ("me" names the caller); an administrator may read anyone's.</summary>
    public async Task<TrainingRecordDto> PersonTrainingAsync(ClaimsPrincipal user, string userId)
    {
        var own = UserId(user);
        var id = userId == "me" ? own : userId;
        if (id != own && !(await scopes.ForAsync(user)).IsAdministrator)
        {
            throw DomainException.NoSuch("userId", "trainingRecord", userId);
        }

        return mapper.Map<TrainingRecordDto>(await cluster.TrainingRecordAsync(TrainingRecordKeys.Person(id)));
    }

    /// <summary>Who the request enrolls, or why it may not: another organization's id reveals nothing (404).</summary>
    private async Task<Enrollee> EnrolleeAsync(ClaimsPrincipal user, SessionRecord session, EnrollRequest request)
    {
        var scope = await scopes.ForAsync(user);
        if (request.OrganizationId is not { } organizationId)
        {
            return scope.IsSocialWorker
                ? Enrollee.SocialWorker(UserId(user), user.Actor().DisplayName)
                : throw DomainException.Invalid(FieldError.Required("organizationId"));
        }

        if (scope.IsRepresentativeOf(organizationId))
        {
            return Enrollee.Organization(organizationId);
        }

        if (scope.CanManage(session.IncubatorId))
        {
            await scopes.ReadableAsync(user, organizationId, "organizationId");
            return Enrollee.Organization(organizationId);
        }

        return scope.IsRepresentative || scope.IsSocialWorker
            ? throw DomainException.NoSuch("organizationId", "organization", organizationId)
            : throw DomainException.Forbidden(ErrorCodes.RepresentativeOrManager, ErrorArg.Phrase("action", "enrollsOrganization"));
    }

    private async Task<(SessionRecord Session, Enrollment Enrollment)> VisibleEnrollmentAsync(ClaimsPrincipal user, Guid sessionId, Guid enrollmentId)
    {
        var session = await ReadableSessionAsync(user, sessionId);
        var scope = await scopes.ForAsync(user);
        var enrollments = await cluster.GetGrain<ITrainingSessionGrain>(session.Id).GetEnrollmentsAsync();
        var enrollment = enrollments.FirstOrDefault(e => e.Id == enrollmentId && Sees(scope, session, e))
            ?? throw DomainException.NoSuch("enrollmentId", "enrollment", enrollmentId);
        return (session, enrollment);
    }

    /// <summary>The incubator's staff see every enrollment; a representative or a social worker only his own.</summary>
    private static bool Sees(UserScope scope, SessionRecord session, Enrollment enrollment) =>
        Owns(scope, enrollment)
        || scope.CanManage(session.IncubatorId)
        || !(scope.IsRepresentative || scope.IsSocialWorker);

    private static bool Owns(UserScope scope, Enrollment enrollment) => enrollment.Kind switch
    {
        EnrolleeKind.Organization => scope.OwnOrganizationId?.ToString() == enrollment.EnrolleeId,
        _ => scope.IsSocialWorker && scope.Actor.UserId == enrollment.EnrolleeId,
    };

    private static string UserId(ClaimsPrincipal user) => user.Actor().UserId;

    /// <summary>The course when the user may see it; otherwise 404, so that ids outside one's scope reveal nothing.</summary>
    private async Task<CourseRecord> ReadableCourseAsync(ClaimsPrincipal user, Guid id)
    {
        var course = await cluster.GetGrain<ICourseGrain>(id).GetAsync();
        return course is not null && (await scopes.ForAsync(user)).SeesTrainingOf(course.IncubatorId)
            ? course
            : throw DomainException.NoSuch("id", "course", id);
    }

    private async Task<SessionRecord> ReadableSessionAsync(ClaimsPrincipal user, Guid id)
    {
        var session = await cluster.GetGrain<ITrainingSessionGrain>(id).GetAsync();
        return session is not null && (await scopes.ForAsync(user)).SeesTrainingOf(session.IncubatorId)
            ? session
            : throw DomainException.NoSuch("id", "session", id);
    }
}
