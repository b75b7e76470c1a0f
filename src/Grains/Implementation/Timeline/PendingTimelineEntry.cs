using Incubator.Common;

namespace Incubator.Timeline;

/// <summary>An entry a grain has decided on and appends once its own state is written.</summary>
public sealed record class PendingTimelineEntry(DateTimeOffset At, TimelineAction Action, Actor Actor, IReadOnlyList<TimelineArgument> Arguments);
