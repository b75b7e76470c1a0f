using Incubator.Common;

namespace Incubator.SupportPlans;

/// <summary>What a manager gives to add a milestone or to replace one's fields. DueDate is nullable so a missing one is reported by name.</summary>
[GenerateSerializer, Immutable, Alias("Incubator.MilestoneDraft")]
public sealed record class MilestoneDraft(
    SupportTrack Track,
    string Title,
    string OwnerName,
    string? OwnerUserId,
    DateOnly? DueDate,
    MilestoneStatus Status,
    string? Note)
{
    public const int MaxTitleLength = 100;
    public const int MaxOwnerNameLength = 50;
    public const int MaxNoteLength = 500;

    /// <summary>Every reason the draft is unacceptable; empty when it can be saved.</summary>
    public IReadOnlyList<FieldError> Validate()
    {
        var errors = new List<FieldError>();
        if (!Enum.IsDefined(Track))
        {
            errors.Add(FieldError.UnknownValue("track"));
        }

        if (FieldError.Text("title", Title, MaxTitleLength) is { } title)
        {
            errors.Add(title);
        }

        // Every milestone has an owner (docs/domain.md §1: an owner and a due date on every request).
        if (FieldError.Text("ownerName", OwnerName, MaxOwnerNameLength) is { } owner)
        {
            errors.Add(owner);
        }

        if (DueDate is null)
        {
            errors.Add(FieldError.Required("dueDate"));
        }

        if (!Enum.IsDefined(Status))
        {
            errors.Add(FieldError.UnknownValue("status"));
        }

        if (Note is { Length: > MaxNoteLength })
        {
            errors.Add(FieldError.TooLong("note", MaxNoteLength));
        }

        return errors;
    }

    /// <summary>The same draft with whitespace trimmed; blank optional texts become null.</summary>
    public MilestoneDraft Normalized() => this with
    {
        Title = Title.Trim(),
        OwnerName = OwnerName.Trim(),
        OwnerUserId = string.IsNullOrWhiteSpace(OwnerUserId) ? null : OwnerUserId.Trim(),
        Note = string.IsNullOrWhiteSpace(Note) ? null : Note.Trim(),
    };
}
