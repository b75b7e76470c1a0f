namespace Incubator.Training;

/// <summary>Who takes a seat. Stored by number: append, never renumber.</summary>
public enum EnrolleeKind
{
    /// <summary>An organization; Id is its organization id.</summary>
    Organization = 0,
    /// <summary>A social worker (社工) for himself; Id is his user id.</summary>
    SocialWorker = 1,
}
