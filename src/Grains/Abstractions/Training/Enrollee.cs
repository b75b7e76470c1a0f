namespace Incubator.Training;

/// <summary>An organization (the session fills in its name) or a social worker with his display name.</summary>
[GenerateSerializer, Immutable, Alias("Incubator.Enrollee")]
public sealed record class Enrollee(EnrolleeKind Kind, string Id, string Name)
{
    public static Enrollee Organization(Guid organizationId) => new(EnrolleeKind.Organization, organizationId.ToString(), "");

    public static Enrollee SocialWorker(string userId, string name) => new(EnrolleeKind.SocialWorker, userId, name);
}
