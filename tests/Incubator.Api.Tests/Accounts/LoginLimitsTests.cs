using System.Net;
using System.Net.Http.Json;

namespace Incubator.Api.Tests;

[Collection(LoginLimitsCollection.Name)]
public sealed class LoginLimitsTests(LoginLimitsFixture app)
{
    [Fact]
    public async Task FailuresFromOneAddressMakeItWaitLongerEachTimeButNeverKeepTheRealUserOut()
    {
        var userName = await NewAccountAsync();
        var stranger = NewAddress();
        for (var i = 0; i < LoginLimitsFixture.FreeFailures; i++)
        {
            Assert.Equal(HttpStatusCode.Unauthorized, (await TokenAsync(stranger, userName, "wrong-password-1")).StatusCode);
        }

        var waiting = await TokenAsync(stranger, userName, "wrong-password-1");
        Assert.Equal("auth.tooManyAttempts", (await ApiScenario.ProblemAsync(waiting, HttpStatusCode.TooManyRequests))["code"]!.GetValue<string>());
        Assert.Equal(TimeSpan.FromSeconds(1), waiting.Headers.RetryAfter?.Delta);

        // The real user, from his own address, is not affected.
        Assert.Equal(HttpStatusCode.OK, (await TokenAsync(NewAddress(), userName, ApiScenario.Password)).StatusCode);

        app.Time.Advance(TimeSpan.FromSeconds(1));
        Assert.Equal(HttpStatusCode.Unauthorized, (await TokenAsync(stranger, userName, "wrong-password-1")).StatusCode);
        var longer = await TokenAsync(stranger, userName, ApiScenario.Password);
        Assert.Equal(HttpStatusCode.TooManyRequests, longer.StatusCode);
        Assert.Equal(TimeSpan.FromSeconds(2), longer.Headers.RetryAfter?.Delta);

        app.Time.Advance(TimeSpan.FromSeconds(2));
        Assert.Equal(HttpStatusCode.OK, (await TokenAsync(stranger, userName, ApiScenario.Password)).StatusCode);
    }

    [Fact]
    public async Task OneAddressMaySendOnlySoManySignInsAMinute()
    {
        var address = NewAddress();
        for (var i = 0; i < LoginLimitsFixture.PerAddressPerMinute; i++)
        {
            Assert.Equal(HttpStatusCode.Unauthorized, (await TokenAsync(address, $"nobody{Guid.NewGuid():N}"[..16], "whatever-1")).StatusCode);
        }

        var refused = await TokenAsync(address, $"nobody{Guid.NewGuid():N}"[..16], "whatever-1");
        Assert.Equal("auth.tooManyAttempts", (await ApiScenario.ProblemAsync(refused, HttpStatusCode.TooManyRequests))["code"]!.GetValue<string>());
        Assert.True(refused.Headers.RetryAfter?.Delta > TimeSpan.Zero);
        var refresh = await Send(address, "/api/auth/refresh", new { refreshToken = "x" });
        Assert.Equal(HttpStatusCode.TooManyRequests, refresh.StatusCode);
    }

    [Fact]
    public async Task OneAccountMayReceiveOnlySoManyAttemptsAMinuteFromAllAddresses()
    {
        var userName = await NewAccountAsync();
        for (var i = 0; i < LoginLimitsFixture.PerAccountPerMinute; i++)
        {
            Assert.Equal(HttpStatusCode.Unauthorized, (await TokenAsync(NewAddress(), userName, "wrong-password-1")).StatusCode);
        }

        var refused = await TokenAsync(NewAddress(), userName, ApiScenario.Password);
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.Equal(TimeSpan.FromMinutes(1), refused.Headers.RetryAfter?.Delta);

        app.Time.Advance(TimeSpan.FromMinutes(1));
        Assert.Equal(HttpStatusCode.OK, (await TokenAsync(NewAddress(), userName, ApiScenario.Password)).StatusCode);
    }

    [Fact]
    public async Task UnlockingLetsAWaitingAddressTryAgainAtOnce()
    {
        var admin = await app.AdminClientAsync();
        var (id, userName) = await AccountClients.CreateAsync(admin, "Volunteer", null);
        var address = NewAddress();
        for (var i = 0; i <= LoginLimitsFixture.FreeFailures; i++)
        {
            await TokenAsync(address, userName, "wrong-password-1");
        }

        Assert.Equal(HttpStatusCode.TooManyRequests, (await TokenAsync(address, userName, ApiScenario.Password)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await admin.PostAsJsonAsync($"/api/accounts/{id}/unlock", new { })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await TokenAsync(address, userName, ApiScenario.Password)).StatusCode);
    }

    private async Task<string> NewAccountAsync() =>
        (await AccountClients.CreateAsync(await app.AdminClientAsync(), "Volunteer", null)).UserName;

    private Task<HttpResponseMessage> TokenAsync(string address, string userName, string password) =>
        Send(address, "/api/auth/token", new { userName, password });

    private Task<HttpResponseMessage> Send(string address, string path, object body)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = JsonContent.Create(body) };
        request.Headers.Add(LoginLimitsFixture.AddressHeader, address);
        return app.CreateClient().SendAsync(request);
    }

    private static string NewAddress() => $"10.{Random.Shared.Next(256)}.{Random.Shared.Next(256)}.{Random.Shared.Next(1, 255)}";
}
