using System.Globalization;

namespace Incubator.Bench;

/// <summary>
/// --ConnectionString=… (required), --Mode=timeline|filings|memory|jobs (timeline by default); timeline: --Lengths=10,5000,
/// --Runs=5, --Writes=200, --Warmup=50; filings: --Writers=10, --Seconds=10, --Warmup=2 (seconds); memory:
/// --Activations=10000; jobs: --Jobs=2000.
/// </summary>
public sealed record class BenchOptions(string ConnectionString, string Mode, int[] Lengths, int Runs, int Writes, int Warmup, IReadOnlyDictionary<string, string> Values)
{
    public static BenchOptions Parse(string[] args)
    {
        var values = args
            .Select(a => a.TrimStart('-').Split('=', 2))
            .Where(p => p.Length == 2)
            .ToDictionary(p => p[0], p => p[1], StringComparer.OrdinalIgnoreCase);
        int Number(string name, int fallback) => values.TryGetValue(name, out var v) ? int.Parse(v, CultureInfo.InvariantCulture) : fallback;

        return new BenchOptions(
            values.TryGetValue("ConnectionString", out var connectionString) ? connectionString : throw new ArgumentException("--ConnectionString=… is required"),
            values.TryGetValue("Mode", out var mode) ? mode.ToLowerInvariant() : "timeline",
            values.TryGetValue("Lengths", out var lengths) ? [.. lengths.Split(',').Select(l => int.Parse(l, CultureInfo.InvariantCulture))] : [10, 5000],
            Number("Runs", 5),
            Number("Writes", 200),
            Number("Warmup", 50),
            values);
    }

    public int Number(string name, int fallback) =>
        Values.TryGetValue(name, out var v) ? int.Parse(v, CultureInfo.InvariantCulture) : fallback;
}
