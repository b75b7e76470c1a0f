using System.Diagnostics;
using System.Text;

namespace Incubator.Deploy.Tests;

/// <summary>A bash script from a test, run in a folder of its own, with the repository's deploy/ helpers beside it.</summary>
public sealed class BashScript : IDisposable
{
    private readonly StringBuilder _output = new();

    public BashScript(string body)
    {
        Folder = Directory.CreateTempSubdirectory("incubator-deploy-test.").FullName;
        foreach (var helper in new[] { "processes.sh", "postgres.sh" })
        {
            File.Copy(Path.Combine(RepositoryRoot, "deploy", helper), Path.Combine(Folder, helper));
        }

        ScriptPath = Path.Combine(Folder, "script.sh");
        File.WriteAllText(ScriptPath, body);
    }

    public static string RepositoryRoot { get; } = FindRoot();

    public string Folder { get; }

    public string ScriptPath { get; }

    public Process? Process { get; private set; }

    public string Output
    {
        get
        {
            lock (_output)
            {
                return _output.ToString();
            }
        }
    }

    public string ReadFile(string name)
    {
        var path = Path.Combine(Folder, name);
        return File.Exists(path) ? File.ReadAllText(path) : "";
    }

    /// <summary>Runs <paramref name="command"/> (program and arguments; `bash script.sh` when empty) in the script's folder.</summary>
    public Process Start(IReadOnlyDictionary<string, string>? environment = null, params string[] command)
    {
        var start = new ProcessStartInfo(command.Length > 0 ? command[0] : "bash")
        {
            WorkingDirectory = Folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var argument in command.Length > 0 ? command[1..] : [ScriptPath])
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var (key, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[key] = value;
        }

        Process = Process.Start(start)!;
        Process.OutputDataReceived += (_, e) => Append(e.Data);
        Process.ErrorDataReceived += (_, e) => Append(e.Data);
        Process.BeginOutputReadLine();
        Process.BeginErrorReadLine();
        return Process;
    }

    /// <summary>Sends a signal the way an operator or a service manager would (Process.Kill only sends SIGKILL).</summary>
    public static void Signal(int pid, string signal)
    {
        using var kill = System.Diagnostics.Process.Start("kill", ["-" + signal, pid.ToString(System.Globalization.CultureInfo.InvariantCulture)])!;
        kill.WaitForExit();
    }

    /// <summary>Pids of the live processes in process group <paramref name="group"/> (zombies excluded).</summary>
    public static IReadOnlyList<int> ProcessGroupMembers(int group)
    {
        var members = new List<int>();
        foreach (var directory in Directory.EnumerateDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(directory), out var pid))
            {
                continue;
            }

            string stat;
            try
            {
                stat = File.ReadAllText(Path.Combine(directory, "stat"));
            }
            catch (IOException)
            {
                continue; // exited while we looked
            }
            catch (UnauthorizedAccessException)
            {
                continue;
            }

            // pid (comm) state ppid pgrp …; comm may hold spaces, so read after its closing parenthesis.
            var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
            if (fields[0] != "Z" && int.Parse(fields[2], System.Globalization.CultureInfo.InvariantCulture) == group)
            {
                members.Add(pid);
            }
        }

        return members;
    }

    public void Dispose()
    {
        if (Process is { HasExited: false })
        {
            Process.Kill(entireProcessTree: true);
        }

        Process?.Dispose();
        Directory.Delete(Folder, recursive: true);
    }

    private void Append(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_output)
        {
            _output.AppendLine(line);
        }
    }

    private static string FindRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Incubator.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("Incubator.sln not found above the test output.");
    }
}
