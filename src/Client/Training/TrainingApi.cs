
namespace Incubator.Client.Training;

/// <summary>Courses, their sessions, enrollment with a waitlist, attendance, certificates and training hours.</summary>
public static class TrainingApi
{
    public static IEndpointRouteBuilder MapTrainingApi(this IEndpointRouteBuilder app)
    {
        var courses = app.MapFeature("/api/courses", "Training");
        courses.MapGet("/", (ClaimsPrincipal user, TrainingService training, Guid? incubatorId) => training.ListCoursesAsync(user, incubatorId))
            .WithSummary("Courses (培训课程) of the incubators you can see, by title; optionally of one incubator.");
        courses.MapPost("/", (ClaimsPrincipal user, TrainingService training, CreateCourseRequest request) =>
                training.CreateCourseAsync(user, request).CreatedAt(course => $"/api/courses/{course.Id}"))
            .Idempotent().WithSummary("Create a course at an incubator you manage: title, topic, description, hours each session counts.");
        courses.MapGet("/{id:guid}", (ClaimsPrincipal user, TrainingService training, Guid id) => training.GetCourseAsync(user, id))
            .WithSummary("One course.");
        courses.MapGet("/{id:guid}/sessions", (ClaimsPrincipal user, TrainingService training, Guid id) => training.SessionsAsync(user, id))
            .WithSummary("The course's sessions, earliest first, with seats taken and waitlist length.");
        courses.MapPost("/{id:guid}/sessions", (ClaimsPrincipal user, TrainingService training, Guid id, ScheduleSessionRequest request) =>
                training.ScheduleSessionAsync(user, id, request).CreatedAt(session => $"/api/sessions/{session.Id}"))
            .Idempotent().WithSummary("Schedule a session: start and end (UTC), the space it books ({spaceId}: the incubator's own or one shared with its district), trainer, capacity.");

        var sessions = app.MapFeature("/api/sessions/{id:guid}", "Training");
        sessions.MapGet("/", (ClaimsPrincipal user, TrainingService training, Guid id) => training.GetSessionAsync(user, id))
            .WithSummary("One session, with seats taken and waitlist length.");
        sessions.MapGet("/enrollments", (ClaimsPrincipal user, TrainingService training, Guid id) => training.EnrollmentsAsync(user, id))
            .WithSummary("Seated first, then the waitlist in order (a representative or social worker sees only his own).");
        sessions.MapPost("/enrollments", (ClaimsPrincipal user, TrainingService training, Guid id, EnrollRequest request) =>
                training.EnrollAsync(user, id, request).CreatedAt(_ => $"/api/sessions/{id}/enrollments"))
            .Idempotent().WithSummary("Enroll an organization ({organizationId}) or, as a social worker, yourself ({}); a full session puts you on the waitlist.");
        sessions.MapPost("/enrollments/{enrollmentId:guid}/withdrawal", (ClaimsPrincipal user, TrainingService training, Guid id, Guid enrollmentId) =>
                training.WithdrawAsync(user, id, enrollmentId))
            .WithSummary("Withdraw before the session starts; a freed seat goes to the first on the waitlist.");
        sessions.MapPost("/enrollments/{enrollmentId:guid}/attendance",
                (ClaimsPrincipal user, TrainingService training, Guid id, Guid enrollmentId, AttendanceRequest request) =>
                    training.RecordAttendanceAsync(user, id, enrollmentId, request))
            .WithSummary("Record attendance ({attended: true|false}) once the session has started; attended hours count towards graduation.");
        sessions.MapGet("/enrollments/{enrollmentId:guid}/certificate", (ClaimsPrincipal user, TrainingService training, Guid id, Guid enrollmentId) =>
                training.CertificateAsync(user, id, enrollmentId))
            .WithSummary("The training certificate of an attended enrollment: name, course, hours, date, number.");

        var hours = app.MapFeature("/api", "Training");
        hours.MapGet("/organizations/{id:guid}/training", (ClaimsPrincipal user, TrainingService training, Guid id) => training.OrganizationTrainingAsync(user, id))
            .WithSummary("An organization's attended training hours and sessions, with the hours its graduation needs.");
        hours.MapGet("/people/{userId}/training", (ClaimsPrincipal user, TrainingService training, string userId) => training.PersonTrainingAsync(user, userId))
            .WithSummary("A social worker's attended training hours and sessions: your own (\"me\"), or anyone's for an administrator.");
        return app;
    }
}
