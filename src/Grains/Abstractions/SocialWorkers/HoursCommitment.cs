namespace Incubator.SocialWorkers;

/// <summary>The hours one proposal holds of a social worker: so many a week from From to Until (both included).</summary>
[GenerateSerializer, Immutable, Alias("Incubator.HoursCommitment")]
public sealed record class HoursCommitment(
    Guid ProposalId,
    int WeeklyHours,
    DateOnly From,
    DateOnly Until,
    CommitmentStatus Status,
    DateTimeOffset ReservedAt,
    DateTimeOffset? ConfirmedAt,
    DateTimeOffset? ReleasedAt)
{
    /// <summary>Reserved or confirmed: counts against his weekly hours.</summary>
    public bool Holds => Status != CommitmentStatus.Released;
}
