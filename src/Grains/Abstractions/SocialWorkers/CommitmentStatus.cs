namespace Incubator.SocialWorkers;

/// <summary>Where a proposal's hours stand: reserved while proposed, confirmed as an engagement, released when it ended or fell through.</summary>
public enum CommitmentStatus
{
    Reserved = 0,
    Confirmed = 1,
    Released = 2,
}
