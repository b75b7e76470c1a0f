using Incubator.Common;

namespace Incubator.Party;

/// <summary>The party-building profile of an organization, as the party-building officer records it.</summary>
[GenerateSerializer, Immutable, Alias("Incubator.UpdatePartyProfile")]
public sealed record class UpdatePartyProfile(int FormalPartyMembers, PartyBranchForm BranchForm, string? InstructorName)
{
    /// <summary>Members needed for an organization's own branch.</summary>
    public const int OwnBranchMinimum = 3;

    public IReadOnlyList<FieldError> Validate()
    {
        var errors = new List<FieldError>();
        if (FormalPartyMembers is < 0 or > 10_000)
        {
            errors.Add(new("formalPartyMembers", "Give the number of formal party members (0 or more)."));
        }

        if (!Enum.IsDefined(BranchForm))
        {
            errors.Add(new("branchForm", $"'{BranchForm}' is not a branch form."));
        }
        else if (BranchForm == PartyBranchForm.OwnBranch && FormalPartyMembers < OwnBranchMinimum)
        {
            errors.Add(new("branchForm", $"An own branch needs at least {OwnBranchMinimum} formal party members; with fewer, join a joint branch or assign an instructor."));
        }
        else if (BranchForm is PartyBranchForm.JointBranch or PartyBranchForm.InstructorAssigned && FormalPartyMembers >= OwnBranchMinimum)
        {
            errors.Add(new("branchForm", $"With {OwnBranchMinimum} or more formal party members the organization forms its own branch."));
        }

        if (BranchForm == PartyBranchForm.InstructorAssigned && string.IsNullOrWhiteSpace(InstructorName))
        {
            errors.Add(new("instructorName", "Name the assigned party-building instructor."));
        }

        return errors;
    }
}
