namespace Incubator.Organizations;

/// <summary>A name the organization bore until <paramref name="Until"/>, when it was renamed.</summary>
[GenerateSerializer, Immutable, Alias("Incubator.FormerName")]
public sealed record class FormerName(string Name, DateTimeOffset Until);
