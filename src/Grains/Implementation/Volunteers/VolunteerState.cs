namespace Incubator.Volunteers;

/// <summary>Persisted state of <see cref="VolunteerGrain"/>. Stored as JSON with its type name: never rename it or renumber its ids.</summary>
[GenerateSerializer, Alias("Incubator.VolunteerState")]
public sealed class VolunteerState
{
    [Id(0)] public VolunteerProfile? Profile { get; set; }
    [Id(1)] public string? ProtectedIdCardNumber { get; set; }
    [Id(2)] public string AccountUserId { get; set; } = "";
    [Id(3)] public DateTimeOffset RegisteredAt { get; set; }

    /// <summary>Confirmed hours by activity id; a correction replaces the activity's entry.</summary>
    [Id(4)] public Dictionary<Guid, ConfirmedService> Services { get; set; } = [];

    /// <summary>Verification codes of the certificates he was issued, oldest first.</summary>
    [Id(5)] public List<string> CertificateCodes { get; set; } = [];
}
