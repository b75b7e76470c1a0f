using System.Text.RegularExpressions;
using Incubator.Testing;

namespace Incubator.Deploy.Tests.Supervision;

/// <summary>
/// The supervision loop of deploy/processes.sh (what ./run.sh and deploy/run-cluster.sh use), driven with stand-in
/// processes and short delays so that a run takes seconds: one that crashes, one that stays up.
/// </summary>
public sealed partial class SupervisionTests
{
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(20);

    // `crasher` exits with code 3 at once, except on its 4th start, when it stays up past the stable time and exits 0.
    private const string Script = """
        set -euo pipefail
        cd "$(dirname "$0")"
        source ./postgres.sh
        source ./processes.sh
        crasher() {
          local n
          n=$(cat starts 2>/dev/null || echo 0)
          echo $((n + 1)) >starts
          if [ "$n" = 3 ]; then exec sleep 2.3; fi
          exit 3
        }
        stayer() { exec sleep 600; }
        supervise_start crasher "$PWD/crasher.log" crasher
        supervise_start stayer "$PWD/stayer.log" stayer
        supervise_pid stayer >stayer.pid
        trap 'supervise_stop; echo stopped; exit 143' TERM INT
        supervise_loop "$PWD/logs/supervisor.log"
        """;

    [Fact]
    public async Task ACrashingProcessIsRestartedWithDoublingDelaysCappedAndResetOnceItStayedUp()
    {
        using var script = new BashScript(Script);
        script.Start(Backoff(initialMs: 100, maxMs: 300, stableSeconds: 2), "setsid", "bash", script.ScriptPath);

        await PollUntil.TrueAsync(() => Task.FromResult(Exits(script, "crasher").Count >= 6), Deadline, "six exits of crasher");

        var exits = Exits(script, "crasher");
        Assert.Equal(["3", "3", "3", "0", "3", "3"], exits.Take(6).Select(e => e.Code));
        // Doubled and capped at 0.3 s; after the 2.3 s run (longer than the stable 2 s) back to the first delay.
        Assert.Equal(["0.1", "0.2", "0.3", "0.1", "0.2", "0.3"], exits.Take(6).Select(e => e.Delay));
        Assert.Contains("crasher restarted (pid", script.ReadFile("logs/supervisor.log"));
        Assert.Contains("crasher (pid", script.Output); // the same lines on stdout
        Assert.Contains("supervisor: watching crasher (pid", script.ReadFile("logs/supervisor.log"));
        Assert.Empty(Exits(script, "stayer"));
        Assert.DoesNotContain("stayer restarted", script.ReadFile("logs/supervisor.log"));
    }

    [Fact]
    public async Task SigtermStopsEverySupervisedProcessAndEveryPendingRestart()
    {
        using var script = new BashScript(Script);
        // A long first delay: SIGTERM arrives while crasher waits to be restarted and stayer runs.
        var shell = script.Start(Backoff(initialMs: 60_000, maxMs: 60_000, stableSeconds: 60), "setsid", "bash", script.ScriptPath);
        await PollUntil.TrueAsync(() => Task.FromResult(Exits(script, "crasher").Count == 1 && script.ReadFile("stayer.pid") != ""), Deadline, "crasher's first exit");
        var stayer = int.Parse(script.ReadFile("stayer.pid").Trim(), System.Globalization.CultureInfo.InvariantCulture);
        Assert.Contains(stayer, BashScript.ProcessGroupMembers(shell.Id));

        BashScript.Signal(shell.Id, "TERM");

        // Also waits for the end of its output, which a left-over process would hold open.
        using (var deadline = new CancellationTokenSource(Deadline))
        {
            await shell.WaitForExitAsync(deadline.Token);
        }

        Assert.Equal(143, shell.ExitCode);
        Assert.Contains("stopped", script.Output);
        // Nothing of its session is left: not stayer, not the timer of crasher's pending restart.
        Assert.Empty(BashScript.ProcessGroupMembers(shell.Id));
    }

    private static Dictionary<string, string> Backoff(int initialMs, int maxMs, int stableSeconds) => new()
    {
        ["SUPERVISE_INITIAL_MS"] = initialMs.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["SUPERVISE_MAX_MS"] = maxMs.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["SUPERVISE_STABLE_SECONDS"] = stableSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };

    private static List<(string Code, string Delay)> Exits(BashScript script, string name) =>
        ExitLine().Matches(script.ReadFile("logs/supervisor.log"))
            .Where(m => m.Groups["name"].Value == name)
            .Select(m => (m.Groups["code"].Value, m.Groups["delay"].Value))
            .ToList();

    // 2026-12-02T13:36:20.036Z supervisor: silo (pid 9247) exited with code 137 (SIGKILL) after 14.504s; restarting in 1s; …
    [GeneratedRegex(@"^\S+Z supervisor: (?<name>\S+) \(pid \d+\) exited with code (?<code>\d+).*; restarting in (?<delay>[0-9.]+)s;", RegexOptions.Multiline)]
    private static partial Regex ExitLine();
}
