namespace Incubator.Organizations;

/// <summary>What an organization serves (养老、助残、培训、助贫、救援 and the station programs of docs/domain.md §7).</summary>
public enum ServiceDomain
{
    ElderlyCare = 0,
    DisabilityAid = 1,
    Training = 2,
    PovertyAid = 3,
    Rescue = 4,
    Youth = 5,
    Family = 6,
    Other = 7,
}
