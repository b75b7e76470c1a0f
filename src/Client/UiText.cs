namespace Incubator.Client;

/// <summary>Marker for the web UI's texts: Resources/UiText.resx (zh-CN, the default) and Resources/UiText.en.resx.</summary>
public sealed class UiText;
