namespace Incubator.Graduation;

/// <summary>
/// The notes the platform writes on gate items it computes, as a UiText key and its arguments separated by '|'
/// ("Gate.Training|6|12"), so that each viewer reads them in his language; notes the manager records are his own words.
/// </summary>
public static class GateNotes
{
    public const string Registered = "Gate.Registered";
    public const string FiledOnly = "Gate.FiledOnly";
    public const string Training = "Gate.Training";
    public const string Party = "Gate.Party";
    public const string NotRecorded = "Gate.NotRecorded";

    public static string Of(string key, params string[] args) => string.Join('|', [key, .. args]);

    /// <summary>The key and arguments of a platform note; null for a note a person wrote.</summary>
    public static (string Key, string[] Args)? Parse(string note)
    {
        var parts = note.Split('|');
        return parts[0] is Registered or FiledOnly or Training or Party or NotRecorded ? (parts[0], parts[1..]) : null;
    }
}
