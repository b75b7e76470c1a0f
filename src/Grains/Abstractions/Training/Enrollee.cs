namespace Incubator.Training;

/// <summary>Who takes a seat. Stored by number: append, never renumber.</summary>
public enum EnrolleeKind
{
    /// <summary>An organization; Id is its organization id.</summary>
    Organization = 0,
    /// <summary>A social worker (社工) for himself; Id is his user id.</summary>
    SocialWorker = 1,
}

/// <summary>An organization (the session fills in its name) or a social worker with his display name.</summary>
[GenerateSerializer, Immutable, Alias("Incubator.Enrollee")]
public sealed record class Enrollee(EnrolleeKind Kind, string Id, string Name)
{
    public static Enrollee Organization(Guid organizationId) => new(EnrolleeKind.Organization, organizationId.ToString(), "");

    public static Enrollee SocialWorker(string userId, string name) => new(EnrolleeKind.SocialWorker, userId, name);
}
