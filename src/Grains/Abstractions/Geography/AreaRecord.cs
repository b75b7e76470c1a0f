namespace Incubator.Geography;

/// <summary>
/// A district, subdistrict or community; ParentId is null only for districts. TimeZoneId is the zone its times are entered
/// and shown in (null: its parent's, and Asia/Shanghai at the top); DivisionCode its GB/T 2260 administrative division code
/// (区划代码, six digits, e.g. 昆都仑区 150203), which credit codes issued there carry in positions 3-8.
/// </summary>
[GenerateSerializer, Immutable, Alias("Incubator.AreaRecord")]
public sealed record class AreaRecord(
    Guid Id, string Name, AreaLevel Level, Guid? ParentId, string? TimeZoneId = null, string? DivisionCode = null, bool Retired = false);
