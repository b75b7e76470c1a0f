namespace Incubator.Client;

/// <summary>
/// Marker for error texts: Resources/ErrorText.resx (zh-CN, the default) and Resources/ErrorText.en.resx. Keys are the
/// codes of <see cref="Common.ErrorCodes"/>, plus "Title.*" (one per kind of problem), "Field.*" (field labels),
/// "Noun.*" (kinds of things) and "List.Separator".
/// </summary>
public sealed class ErrorText;
