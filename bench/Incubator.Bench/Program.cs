// The benchmarks behind docs/benchmarks.md, run through the bench/p<N>-*.sh scripts, which start a private PostgreSQL
// and pass its connection string. Not tests: each mode prints what it measured, the scripts turn that into a section.
using Incubator.Bench;
using Incubator.Schema;

// bench/p4-lists.sh: lists at 1k, 10k and 100k organizations (ListsBenchmark).
if (args.Contains("--Benchmark=p4"))
{
    return await ListsBenchmark.RunAsync(args);
}

// bench/p9-matching.sh: ranking teams for a need over 10,000 organizations and 5,000 social workers (MatchingBenchmark).
if (args.Contains("--Benchmark=p9"))
{
    return await MatchingBenchmark.RunAsync(args);
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
