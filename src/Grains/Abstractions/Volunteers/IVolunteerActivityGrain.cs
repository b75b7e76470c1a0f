using Incubator.Common;

namespace Incubator.Volunteers;

/// <summary>
/// One volunteer activity (志愿活动). Orleans runs one call at a time here, so of simultaneous sign-ups to a role the first
/// Headcount get places and the rest wait in the order they came (the seat rule of training sessions); a cancellation
/// gives the place to the first waiting. Check-in and check-out take the rotating code of <see cref="CurrentCodeAsync"/>.
/// </summary>
public interface IVolunteerActivityGrain : IGrainWithGuidKey
{
    Task<ActivityRecord> PublishAsync(PublishActivity command, Actor actor);

    /// <summary>The activity, or null when none was published under this id.</summary>
    Task<ActivityRecord?> GetAsync();

    /// <summary>Seated first, then the waitlist in order, then cancelled ones.</summary>
    Task<IReadOnlyList<ActivitySignUp>> GetSignUpsAsync();

    /// <summary>His sign-up that is not cancelled, or null.</summary>
    Task<ActivitySignUp?> SignUpOfAsync(Guid volunteerId);

    /// <summary>Signs him up for a role until the activity starts; once per activity while not cancelled.</summary>
    Task<ActivitySignUp> SignUpAsync(Guid volunteerId, string volunteerName, string mobileNumber, string role, Actor actor);

    /// <summary>Cancels his sign-up before the activity starts; a freed place goes to the first waiting for that role.</summary>
    Task<ActivitySignUp> CancelAsync(Guid volunteerId, Actor actor);

    /// <summary>The code of the current 30-second window; it is accepted in this window and the next.</summary>
    Task<CheckInCode> CurrentCodeAsync();

    /// <summary>A seated volunteer checks in with the code shown on the organizer's screen, from 30 minutes before the start to the end.</summary>
    Task<ActivitySignUp> CheckInAsync(Guid volunteerId, string code);

    /// <summary>He checks out with the current code after checking in, until 30 minutes after the end; the hours are counted then.</summary>
    Task<ActivitySignUp> CheckOutAsync(Guid volunteerId, string code);

    /// <summary>The organizer sets the check-in and check-out with a reason; after confirmation this is the only way hours change.</summary>
    Task<ActivitySignUp> CorrectAsync(Guid signUpId, DateTimeOffset checkedInAt, DateTimeOffset checkedOutAt, string reason, Actor actor);

    /// <summary>The organizer confirms the hours (志愿服务记录): they go onto the volunteer's record. Confirming twice changes nothing.</summary>
    Task<ActivitySignUp> ConfirmAsync(Guid signUpId, Actor actor);
}
