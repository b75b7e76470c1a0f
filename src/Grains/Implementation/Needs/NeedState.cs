namespace Incubator.Needs;

/// <summary>Persisted need: the record as it stands and its pending escalation job. Stored by type name: never rename.</summary>
[GenerateSerializer, Alias("Incubator.NeedState")]
public sealed class NeedState
{
    [Id(0)] public NeedRecord? Need { get; set; }

    [Id(1)] public string? EscalationJobId { get; set; }
}

/// <summary>A community's needs settings. Stored by type name: never rename.</summary>
[GenerateSerializer, Alias("Incubator.NeedSettingsState")]
public sealed class NeedSettingsState
{
    [Id(0)] public int? EscalationDays { get; set; }
}
