using System.Net;
using Incubator.Testing;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Incubator.Api.Tests;

/// <summary>
/// The platform with small login limits, a clock the tests move, and a header that says which client address a test
/// request comes from (the in-memory test server has none).
/// </summary>
public sealed class LoginLimitsFixture : ApiAppFixture
{
    public const string AddressHeader = "X-Test-Client-Address";
    public const int FreeFailures = 3;
    public const int PerAddressPerMinute = 10;
    public const int PerAccountPerMinute = 8;

    public FakeTimeProvider Time { get; } = new(DateTimeOffset.UtcNow);

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Accounts:LoginLimits:FreeFailures", FreeFailures.ToString());
        builder.UseSetting("Accounts:LoginLimits:PerAddressPerMinute", PerAddressPerMinute.ToString());
        builder.UseSetting("Accounts:LoginLimits:PerAccountPerMinute", PerAccountPerMinute.ToString());
        builder.ConfigureTestServices(services =>
        {
            services.AddSingleton<TimeProvider>(Time);
            services.AddSingleton<IStartupFilter, ClientAddressFromHeader>();
        });
    }

    private sealed class ClientAddressFromHeader : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use((context, following) =>
            {
                if (IPAddress.TryParse(context.Request.Headers[AddressHeader], out var address))
                {
                    context.Connection.RemoteIpAddress = address;
                }

                return following(context);
            });
            next(app);
        };
    }
}

[CollectionDefinition(Name)]
public sealed class LoginLimitsCollection : ICollectionFixture<LoginLimitsFixture>
{
    public const string Name = "login-limits";
}
