namespace Incubator.Client.Training;

/// <summary>The body of POST /api/sessions/{id}/enrollments: the organization to enroll, or nothing for a social worker enrolling himself.</summary>
public sealed record class EnrollRequest(Guid? OrganizationId);

/// <summary>The body of POST /api/sessions/{id}/enrollments/{enrollmentId}/attendance.</summary>
public sealed record class AttendanceRequest(bool? Attended);
