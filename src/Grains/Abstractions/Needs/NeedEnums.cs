namespace Incubator.Needs;

/// <summary>Where a need stands (docs/domain.md §10). Stored by number: append, never renumber.</summary>
public enum NeedStatus
{
    Open = 0,
    /// <summary>Two accepts made an engagement; no service logged yet.</summary>
    Matched = 1,
    /// <summary>Service has been logged against the engagement.</summary>
    InService = 2,
    /// <summary>The community closed the engagement with residents' feedback.</summary>
    Done = 3,
    /// <summary>Closed by the community without an engagement, with a reason.</summary>
    Closed = 4,
}

public enum NeedUrgency
{
    Low = 0,
    Normal = 1,
    High = 2,
    Urgent = 3,
}

/// <summary>Who an unmatched need has been escalated to.</summary>
public enum EscalationLevel
{
    Community = 0,
    Subdistrict = 1,
    District = 2,
}

public enum ProposalStatus
{
    /// <summary>Waiting for the organization's and the social worker's answers.</summary>
    Pending = 0,
    /// <summary>Both accepted: it became the need's engagement.</summary>
    Accepted = 1,
    Declined = 2,
    /// <summary>Withdrawn by the community, or left behind when another proposal became the engagement or the need closed.</summary>
    Withdrawn = 3,
}

/// <summary>One party's answer to a proposal.</summary>
public enum ProposalAnswer
{
    Waiting = 0,
    Accepted = 1,
    Declined = 2,
}

/// <summary>Who answers a proposal: the organization (its representative or manager) and the social worker.</summary>
public enum ProposalParty
{
    Organization = 0,
    SocialWorker = 1,
}

public enum EngagementStatus
{
    Active = 0,
    Done = 1,
}

/// <summary>The factors a team is ranked by; each has its points and a UiText sentence (MatchFactor.*).</summary>
public enum MatchFactor
{
    Domain = 0,
    TargetGroup = 1,
    Geography = 2,
    Capacity = 3,
    Hours = 4,
    Skill = 5,
    TrackRecord = 6,
}
