namespace Incubator.Indexes;

public static class IndexGrainExtensions
{
    /// <summary>
    /// The index of an owner with a Guid id. Its key is the Guid's "N" text, which is the key a Guid-keyed grain has and
    /// which the AdoNet storage reads back as that Guid: rows the Guid-keyed list grains stored before are found here.
    /// </summary>
    public static IIndexGrain<TRow> Index<TRow>(this IGrainFactory grains, Guid ownerId) where TRow : IIndexRow<TRow> =>
        grains.GetGrain<IIndexGrain<TRow>>(ownerId.ToString("N"));

    /// <summary>The index under a key of the row type's own (see <c>TrainingRecordKeys</c>).</summary>
    public static IIndexGrain<TRow> Index<TRow>(this IGrainFactory grains, string key) where TRow : IIndexRow<TRow> =>
        grains.GetGrain<IIndexGrain<TRow>>(key);
}
