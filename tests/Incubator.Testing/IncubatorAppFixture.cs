using System.Net.Http.Headers;
using System.Net.Http.Json;
using Incubator.Client.Accounts;
using Incubator.Silo;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.Mvc.Testing.Handlers;
using Microsoft.Extensions.Hosting;
using Xunit;

namespace Incubator.Testing;

/// <summary>
/// The whole platform in one test process: a silo (our grains on a fresh PostgreSQL database) listening on free
/// loopback ports, and the Client as a WebApplicationFactory that reaches it through the gateway like ./run.sh's does.
/// </summary>
public class IncubatorAppFixture : WebApplicationFactory<Program>, IAsyncLifetime
{
    public const string AdminPassword = "Admin-Password-1";

    private IHost? _silo;
    private readonly int _gatewayPort = FreePort.Next();

    public string ConnectionString { get; } = TestDatabase.Create("app");

    /// <summary>Where the Client writes its JSON log files (Logging:Directory), one folder per fixture.</summary>
    public string LogDirectory { get; } = Directory.CreateTempSubdirectory("incubator-logs-").FullName;

    /// <summary>Bind Kestrel to a real port (for Chromium) instead of the in-memory test server.</summary>
    protected virtual bool UseRealServer => false;

    async Task IAsyncLifetime.InitializeAsync()
    {
        await StartAsync();
        await OnStartedAsync();
    }

    async Task IAsyncLifetime.DisposeAsync()
    {
        await OnStoppingAsync();
        await StopAsync();
    }

    /// <summary>For fixtures that add to the platform, e.g. a browser.</summary>
    protected virtual Task OnStartedAsync() => Task.CompletedTask;

    protected virtual Task OnStoppingAsync() => Task.CompletedTask;

    private async Task StartAsync()
    {
        var silo = Host.CreateApplicationBuilder();
        silo.UseOrleans(orleans =>
        {
            orleans.UseLocalhostClustering(FreePort.Next(), _gatewayPort, null, "incubator-api-tests", "incubator-api-tests");
            orleans.AddIncubatorGrains(ConnectionString);
        });
        _silo = silo.Build();
        await _silo.StartAsync();
        if (UseRealServer)
        {
            UseKestrel(0);
            StartServer();
        }
        else
        {
            _ = Server;
        }
    }

    private async Task StopAsync()
    {
        await base.DisposeAsync();
        if (_silo is not null)
        {
            await _silo.StopAsync();
            _silo.Dispose();
        }

        KeepLogsWithTheResults();
    }

    /// <summary>
    /// The Client's log files go with the test results (./test.sh sets INCUBATOR_TEST_ARTIFACTS), so a failure seen in CI
    /// can be read from the log lines of the run; without that folder they are deleted.
    /// </summary>
    private void KeepLogsWithTheResults()
    {
        var artifacts = Environment.GetEnvironmentVariable("INCUBATOR_TEST_ARTIFACTS");
        if (!string.IsNullOrEmpty(artifacts) && Directory.EnumerateFileSystemEntries(LogDirectory).Any())
        {
            var kept = Path.Combine(artifacts, "logs", $"{GetType().Name}-{Path.GetFileName(LogDirectory)}");
            Directory.CreateDirectory(Path.GetDirectoryName(kept)!);
            foreach (var file in Directory.EnumerateFiles(LogDirectory, "*", SearchOption.AllDirectories))
            {
                var target = Path.Combine(kept, Path.GetRelativePath(LogDirectory, file));
                Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                File.Copy(file, target, overwrite: true);
            }
        }

        Directory.Delete(LogDirectory, recursive: true);
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        builder.UseSetting(Schema.DatabaseSettings.EnvironmentVariable, ConnectionString);
        builder.UseSetting(AdministratorSeed.PasswordVariable, AdminPassword);
        builder.UseSetting("Orleans:GatewayPort", _gatewayPort.ToString());
        builder.UseSetting("Orleans:ServiceId", "incubator-api-tests");
        builder.UseSetting("Orleans:ClusterId", "incubator-api-tests");
        builder.UseSetting("Logging:Directory", LogDirectory);
        // Every test request comes from one address and the administrator signs in for each scenario; the login
        // limits are tested by a fixture of their own (LoginLimitsFixture).
        builder.UseSetting("Accounts:LoginLimits:PerAddressPerMinute", "1000000");
        builder.UseSetting("Accounts:LoginLimits:PerAccountPerMinute", "1000000");
    }

    /// <summary>A client of the platform, as WebApplicationFactory makes it, with <see cref="ResponseHandlers"/> closest to the server.</summary>
    public new HttpClient CreateClient() => CreateClient(ClientOptions);

    /// <inheritdoc cref="CreateClient()"/>
    public new HttpClient CreateClient(WebApplicationFactoryClientOptions options)
    {
        if (UseRealServer)
        {
            // On Kestrel only the factory's ClientOptions know the real port; these fixtures add no response handlers.
            options.BaseAddress = ClientOptions.BaseAddress;
            return base.CreateClient(options);
        }

        var handlers = new List<DelegatingHandler>();
        if (options.AllowAutoRedirect)
        {
            handlers.Add(new RedirectHandler(options.MaxAutomaticRedirections));
        }

        if (options.HandleCookies)
        {
            handlers.Add(new CookieContainerHandler());
        }

        handlers.AddRange(ResponseHandlers());
        return CreateDefaultClient(options.BaseAddress, [.. handlers]);
    }

    /// <summary>Handlers that see every answer before the test does (the API tests check each against the contract).</summary>
    protected virtual IEnumerable<DelegatingHandler> ResponseHandlers() => [];

    /// <summary>An HTTP client carrying a bearer token for <paramref name="userName"/>.</summary>
    public async Task<HttpClient> ClientForAsync(string userName, string password)
    {
        var client = CreateClient();
        var response = await client.PostAsJsonAsync("/api/auth/token", new { userName, password });
        response.EnsureSuccessStatusCode();
        var token = await response.Content.ReadFromJsonAsync<TokenResponse>();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token!.AccessToken);
        return client;
    }

    public Task<HttpClient> AdminClientAsync() => ClientForAsync(AdministratorSeed.UserName, AdminPassword);

    private sealed record class TokenResponse(string AccessToken);
}
