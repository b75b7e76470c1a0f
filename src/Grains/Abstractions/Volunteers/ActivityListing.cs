using Incubator.Indexes;

namespace Incubator.Volunteers;

/// <summary>
/// An activity in lists: copied by its grain into the index of its organizer (<see cref="OrganizerKey"/>) and of its
/// district (<see cref="DistrictKey"/>), where volunteers find activities to join.
/// </summary>
[GenerateSerializer, Immutable, Alias("Incubator.ActivityListing")]
public sealed record class ActivityListing(
    Guid Id,
    string Title,
    OrganizerKind OrganizerKind,
    Guid OrganizerId,
    string OrganizerName,
    Guid AreaId,
    string Place,
    DateTimeOffset StartsAt,
    DateTimeOffset EndsAt,
    int Places,
    int Taken,
    int Waiting) : IIndexRow<ActivityListing>
{
    public static string IndexName => "volunteerActivities";

    /// <summary>Soonest first.</summary>
    public static IEnumerable<ActivityListing> InListOrder(IEnumerable<ActivityListing> rows) => rows.OrderBy(r => r.StartsAt).ThenBy(r => r.Title);

    public static string OrganizerKey(OrganizerKind kind, Guid organizerId) => $"organizer:{kind}:{organizerId:N}";

    public static string DistrictKey(Guid districtId) => $"district:{districtId:N}";
}

/// <summary>One of a volunteer's sign-ups, copied by the activity into his index (keyed by his id) after every change.</summary>
[GenerateSerializer, Immutable, Alias("Incubator.VolunteerSignUpRow")]
public sealed record class VolunteerSignUpRow(
    Guid ActivityId,
    string Title,
    string OrganizerName,
    string Place,
    DateTimeOffset StartsAt,
    DateTimeOffset EndsAt,
    string Role,
    SignUpStatus Status,
    int? WaitlistPosition,
    DateTimeOffset? CheckedInAt,
    DateTimeOffset? CheckedOutAt,
    decimal? Hours,
    bool Confirmed) : IIndexRow<VolunteerSignUpRow>
{
    public static string IndexName => "volunteerSignUps";

    /// <summary>Newest activity first.</summary>
    public static IEnumerable<VolunteerSignUpRow> InListOrder(IEnumerable<VolunteerSignUpRow> rows) => rows.OrderByDescending(r => r.StartsAt);

    Guid IIndexRow<VolunteerSignUpRow>.Id => ActivityId;
}
