namespace Incubator.HandOffs;

public enum HandOffKind
{
    /// <summary>Up one tier: community → subdistrict → district.</summary>
    Promotion = 0,
    /// <summary>A graduate stationed back into a community (进驻社区).</summary>
    Stationing = 1,
}
