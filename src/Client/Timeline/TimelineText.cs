namespace Incubator.Client;

/// <summary>
/// Marker for the timeline's sentence templates: Resources/TimelineText.resx (zh-CN, the default) and TimelineText.en.resx.
/// In Incubator.Client (not .Timeline) so the localizer finds them beside UiText.
/// </summary>
public sealed class TimelineText;
