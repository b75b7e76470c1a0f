namespace Incubator.Party;

/// <summary>How an organization's party members are organized (docs/domain.md §5).</summary>
public enum PartyBranchForm
{
    /// <summary>Not yet covered.</summary>
    None = 0,
    /// <summary>Own branch 党支部: 3 or more formal party members.</summary>
    OwnBranch = 1,
    /// <summary>Joint branch 联合党支部: fewer than 3 members.</summary>
    JointBranch = 2,
    /// <summary>A party-building instructor 党建指导员 is assigned: fewer than 3 members.</summary>
    InstructorAssigned = 3,
}
