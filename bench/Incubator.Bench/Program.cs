// The benchmarks behind docs/benchmarks.md, run through the bench/p<N>-*.sh scripts, which start a private PostgreSQL
// and pass its connection string. Not tests: each mode prints what it measured, the scripts turn that into a section.
using Incubator.Bench;
using Incubator.Schema;

// bench/p4-lists.sh: lists at 1k, 10k and 100k organizations (ListsBenchmark).
if (args.Contains("--Benchmark=p4"))
{
    return await ListsBenchmark.RunAsync(args);
}

var options = BenchOptions.Parse(args);
SchemaMigrator.Upgrade(options.ConnectionString);
return options.Mode switch
{
    "timeline" => await TimelineBench.RunAsync(options),
    "filings" => await FilingBench.RunAsync(options),
    "memory" => await MemoryBench.RunAsync(options),
    "jobs" => await JobsBench.RunAsync(options),
    _ => throw new ArgumentException($"unknown --Mode={options.Mode}"),
};
