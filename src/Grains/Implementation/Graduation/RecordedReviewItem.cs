using Incubator.Graduation;

namespace Incubator.Organizations;

/// <summary>A gate item as the manager recorded it. Stored by type name: never rename.</summary>
[GenerateSerializer, Alias("Incubator.RecordedReviewItem")]
public sealed class RecordedReviewItem
{
    [Id(0)] public ReviewItem Item { get; set; }
    [Id(1)] public bool Met { get; set; }
    [Id(2)] public string Note { get; set; } = "";
    [Id(3)] public string RecordedBy { get; set; } = "";
    [Id(4)] public DateTimeOffset RecordedAt { get; set; }
}
