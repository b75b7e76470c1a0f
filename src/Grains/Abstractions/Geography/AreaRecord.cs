namespace Incubator.Geography;

/// <summary>A district, subdistrict or community; ParentId is null only for districts.</summary>
[GenerateSerializer, Immutable, Alias("Incubator.AreaRecord")]
public sealed record class AreaRecord(Guid Id, string Name, AreaLevel Level, Guid? ParentId);
