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
            errors.Add(new("track", $"'{Track}' is not a known support track."));
        }

        if (string.IsNullOrWhiteSpace(Title))
        {
            errors.Add(new("title", "A title is required."));
        }
        else if (Title.Trim().Length > MaxTitleLength)
        {
            errors.Add(new("title", $"At most {MaxTitleLength} characters."));
        }

        // Every milestone has an owner (docs/domain.md §1: an owner and a due date on every request).
        if (string.IsNullOrWhiteSpace(OwnerName))
        {
            errors.Add(new("ownerName", "Name who owns this milestone."));
        }
        else if (OwnerName.Trim().Length > MaxOwnerNameLength)
        {
            errors.Add(new("ownerName", $"At most {MaxOwnerNameLength} characters."));
        }

        if (DueDate is null)
        {
            errors.Add(new("dueDate", "A due date is required."));
        }

        if (!Enum.IsDefined(Status))
        {
            errors.Add(new("status", $"'{Status}' is not a known milestone status."));
        }

        if (Note is { Length: > MaxNoteLength })
        {
            errors.Add(new("note", $"At most {MaxNoteLength} characters."));
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
