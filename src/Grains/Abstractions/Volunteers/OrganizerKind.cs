namespace Incubator.Volunteers;

/// <summary>Who publishes a volunteer activity: an organization, a social-work station or a community.</summary>
public enum OrganizerKind
{
    Organization = 1,
    Station = 2,
    Community = 3,
}
