namespace Incubator.Deploy.Tests.Prerequisites;

/// <summary>
/// ensure_prerequisites (deploy/processes.sh), which ./run.sh calls before anything else, on a machine that lacks curl
/// and openssl: PATH holds only stand-ins for `id` (to be root or not), `apt-get` (records its calls) and `dotnet`.
/// </summary>
public sealed class PrerequisitesTests
{
    private const string Script = """
        set -euo pipefail
        cd "$(dirname "$0")"
        source ./postgres.sh
        source ./processes.sh
        ensure_prerequisites
        echo "prerequisites ready"
        """;

    [Fact]
    public async Task AsRootWhatIsMissingIsInstalledWithAptGetWithoutQuestions()
    {
        using var script = new BashScript(Script);
        var path = StandIns(script, uid: 0, dotnet: true);

        var exitCode = await RunAsync(script, path);

        Assert.Equal(0, exitCode);
        Assert.Equal(
            "update -qq (DEBIAN_FRONTEND=noninteractive)\ninstall -y -qq --no-install-recommends curl openssl (DEBIAN_FRONTEND=noninteractive)\n",
            script.ReadFile("apt.log"));
        Assert.Contains("prerequisites ready", script.Output);
    }

    [Fact]
    public async Task NotAsRootTheOneCommandToRunIsPrintedAndNothingStarts()
    {
        using var script = new BashScript(Script);
        var path = StandIns(script, uid: 1000, dotnet: true);

        var exitCode = await RunAsync(script, path);

        Assert.Equal(1, exitCode);
        Assert.Contains("sudo apt-get install -y curl openssl", script.Output);
        Assert.DoesNotContain("prerequisites ready", script.Output);
        Assert.Equal("", script.ReadFile("apt.log"));
    }

    [Fact]
    public async Task WithoutDotnetItSaysWhereToGetTheSdk()
    {
        using var script = new BashScript(Script);
        var path = StandIns(script, uid: 0, dotnet: false);

        var exitCode = await RunAsync(script, path);

        Assert.Equal(1, exitCode);
        Assert.Contains(".NET 10 SDK", script.Output);
        Assert.Equal("", script.ReadFile("apt.log"));
    }

    private static string StandIns(BashScript script, int uid, bool dotnet)
    {
        var bin = Path.Combine(script.Folder, "bin");
        Directory.CreateDirectory(bin);
        Write(bin, "id", $"echo {uid}");
        Write(bin, "apt-get", """echo "$* (DEBIAN_FRONTEND=${DEBIAN_FRONTEND:-})" >>"${0%/*}/../apt.log" """);
        if (dotnet)
        {
            Write(bin, "dotnet", "exit 0");
        }

        return bin;
    }

    private static void Write(string bin, string name, string body)
    {
        var file = Path.Combine(bin, name);
        File.WriteAllText(file, "#!/bin/bash\n" + body + "\n");
        File.SetUnixFileMode(file, (UnixFileMode)0b111_101_101);
    }

    private static async Task<int> RunAsync(BashScript script, string path)
    {
        var process = script.Start(new Dictionary<string, string> { ["PATH"] = path }, "/bin/bash", script.ScriptPath);
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        await process.WaitForExitAsync(timeout.Token);
        return process.ExitCode;
    }
}
