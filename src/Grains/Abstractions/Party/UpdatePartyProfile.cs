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
            errors.Add(FieldError.OutOfRange("formalPartyMembers", 0, 10_000));
        }

        if (!Enum.IsDefined(BranchForm))
        {
            errors.Add(FieldError.UnknownValue("branchForm"));
        }
        else if (BranchForm == PartyBranchForm.OwnBranch && FormalPartyMembers < OwnBranchMinimum)
        {
            errors.Add(FieldError.Of("branchForm", ErrorCodes.PartyOwnBranchTooFew, ErrorArg.Text("min", OwnBranchMinimum)));
        }
        else if (BranchForm is PartyBranchForm.JointBranch or PartyBranchForm.InstructorAssigned && FormalPartyMembers >= OwnBranchMinimum)
        {
            errors.Add(FieldError.Of("branchForm", ErrorCodes.PartyMustOwnBranch, ErrorArg.Text("min", OwnBranchMinimum)));
        }

        if (BranchForm == PartyBranchForm.InstructorAssigned && string.IsNullOrWhiteSpace(InstructorName))
        {
            errors.Add(FieldError.Required("instructorName"));
        }

        return errors;
    }
}
