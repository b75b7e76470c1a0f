
namespace Incubator.Client.Training;

/// <summary>Courses, their sessions, enrollment with a waitlist, attendance, certificates and training hours.</summary>
public static class TrainingApi
{
    public static IEndpointRouteBuilder MapTrainingApi(this IEndpointRouteBuilder app)
    {
        var courses = app.MapGroup("/api/courses").WithTags("Training").RequireAuthorization();
        courses.MapGet("/", ListCoursesAsync).WithSummary("Courses (培训课程) of the incubators you can see, by title; optionally of one incubator.");
        courses.MapPost("/", CreateCourseAsync).WithSummary("Create a course at an incubator you manage: title, topic, description, hours each session counts.");
        courses.MapGet("/{id:guid}", GetCourseAsync).WithSummary("One course.");
        courses.MapGet("/{id:guid}/sessions", SessionsAsync).WithSummary("The course's sessions, earliest first, with seats taken and waitlist length.");
        courses.MapPost("/{id:guid}/sessions", ScheduleSessionAsync).WithSummary("Schedule a session: start and end (UTC), venue, trainer, capacity.");

        var sessions = app.MapGroup("/api/sessions").WithTags("Training").RequireAuthorization();
        sessions.MapGet("/{id:guid}", GetSessionAsync).WithSummary("One session, with seats taken and waitlist length.");
        sessions.MapGet("/{id:guid}/enrollments", EnrollmentsAsync).WithSummary("Seated first, then the waitlist in order (a representative or social worker sees only his own).");
        sessions.MapPost("/{id:guid}/enrollments", EnrollAsync).WithSummary("Enroll an organization ({organizationId}) or, as a social worker, yourself ({}); a full session puts you on the waitlist.");
        sessions.MapPost("/{id:guid}/enrollments/{enrollmentId:guid}/withdrawal", WithdrawAsync).WithSummary("Withdraw before the session starts; a freed seat goes to the first on the waitlist.");
        sessions.MapPost("/{id:guid}/enrollments/{enrollmentId:guid}/attendance", RecordAttendanceAsync).WithSummary("Record attendance ({attended: true|false}) once the session has started; attended hours count towards graduation.");
        sessions.MapGet("/{id:guid}/enrollments/{enrollmentId:guid}/certificate", CertificateAsync).WithSummary("The training certificate of an attended enrollment: name, course, hours, date, number.");

        app.MapGet("/api/organizations/{id:guid}/training", OrganizationTrainingAsync).WithTags("Training").RequireAuthorization()
            .WithSummary("An organization's attended training hours and sessions, with the hours its graduation needs.");
        app.MapGet("/api/people/{userId}/training", PersonTrainingAsync).WithTags("Training").RequireAuthorization()
            .WithSummary("A social worker's attended training hours and sessions: your own (\"me\"), or anyone's for an administrator.");
        return app;
    }

    public static async Task<Ok<IReadOnlyList<CourseDto>>> ListCoursesAsync(ClaimsPrincipal user, TrainingService training, Guid? incubatorId) =>
        TypedResults.Ok(await training.ListCoursesAsync(user, incubatorId));

    public static async Task<Created<CourseDto>> CreateCourseAsync(ClaimsPrincipal user, TrainingService training, CreateCourseRequest request)
    {
        var course = await training.CreateCourseAsync(user, request);
        return TypedResults.Created($"/api/courses/{course.Id}", course);
    }

    public static async Task<Ok<CourseDto>> GetCourseAsync(ClaimsPrincipal user, TrainingService training, Guid id) =>
        TypedResults.Ok(await training.GetCourseAsync(user, id));

    public static async Task<Ok<IReadOnlyList<SessionDto>>> SessionsAsync(ClaimsPrincipal user, TrainingService training, Guid id) =>
        TypedResults.Ok(await training.SessionsAsync(user, id));

    public static async Task<Created<SessionDto>> ScheduleSessionAsync(ClaimsPrincipal user, TrainingService training, Guid id, ScheduleSessionRequest request)
    {
        var session = await training.ScheduleSessionAsync(user, id, request);
        return TypedResults.Created($"/api/sessions/{session.Id}", session);
    }

    public static async Task<Ok<SessionDto>> GetSessionAsync(ClaimsPrincipal user, TrainingService training, Guid id) =>
        TypedResults.Ok(await training.GetSessionAsync(user, id));

    public static async Task<Ok<IReadOnlyList<EnrollmentDto>>> EnrollmentsAsync(ClaimsPrincipal user, TrainingService training, Guid id) =>
        TypedResults.Ok(await training.EnrollmentsAsync(user, id));

    public static async Task<Created<EnrollmentDto>> EnrollAsync(ClaimsPrincipal user, TrainingService training, Guid id, EnrollRequest request)
    {
        var enrollment = await training.EnrollAsync(user, id, request);
        return TypedResults.Created($"/api/sessions/{id}/enrollments", enrollment);
    }

    public static async Task<Ok<EnrollmentDto>> WithdrawAsync(ClaimsPrincipal user, TrainingService training, Guid id, Guid enrollmentId) =>
        TypedResults.Ok(await training.WithdrawAsync(user, id, enrollmentId));

    public static async Task<Ok<EnrollmentDto>> RecordAttendanceAsync(
        ClaimsPrincipal user, TrainingService training, Guid id, Guid enrollmentId, AttendanceRequest request) =>
        TypedResults.Ok(await training.RecordAttendanceAsync(user, id, enrollmentId, request));

    public static async Task<Ok<CertificateDto>> CertificateAsync(ClaimsPrincipal user, TrainingService training, Guid id, Guid enrollmentId) =>
        TypedResults.Ok(await training.CertificateAsync(user, id, enrollmentId));

    public static async Task<Ok<TrainingRecordDto>> OrganizationTrainingAsync(ClaimsPrincipal user, TrainingService training, Guid id) =>
        TypedResults.Ok(await training.OrganizationTrainingAsync(user, id));

    public static async Task<Ok<TrainingRecordDto>> PersonTrainingAsync(ClaimsPrincipal user, TrainingService training, string userId) =>
        TypedResults.Ok(await training.PersonTrainingAsync(user, userId));
}
