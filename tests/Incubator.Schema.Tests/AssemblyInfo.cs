// Commit counting reads server-wide transaction ids: the other schema tests must not write alongside it.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
