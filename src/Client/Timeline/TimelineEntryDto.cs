using Incubator.Timeline;

namespace Incubator.Client.Timeline;

/// <summary>
/// One timeline entry for a reader: the structured fields, and <see cref="Text"/> rendered in the caller's language.
/// Built by <see cref="TimelineRenderer"/>, not mapped: the text needs names and resources, not just the entry.
/// </summary>
public sealed record class TimelineEntryDto(
    long Id,
    DateTimeOffset At,
    TimelineAction Action,
    IReadOnlyDictionary<string, string> Arguments,
    string ActorId,
    string ActorName,
    string Label,
    string Text);

/// <summary>Newest first; pass <see cref="Next"/> as "before" for the following page (null on the last one).</summary>
public sealed record class TimelinePageDto(IReadOnlyList<TimelineEntryDto> Entries, string? Next);
