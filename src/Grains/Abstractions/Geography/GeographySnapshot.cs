namespace Incubator.Geography;

/// <summary>The whole administrative tree and its incubators.</summary>
[GenerateSerializer, Immutable, Alias("Incubator.GeographySnapshot")]
public sealed record class GeographySnapshot(IReadOnlyList<AreaRecord> Areas, IReadOnlyList<IncubatorRecord> Incubators)
{
    public IncubatorRecord? FindIncubator(Guid id) => Incubators.FirstOrDefault(i => i.Id == id);

    public AreaRecord? FindArea(Guid id) => Areas.FirstOrDefault(a => a.Id == id);
}
