using System.Globalization;
using Incubator.Client.Infrastructure;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Npgsql;
using Orleans.Runtime;

namespace Incubator.Client.Tests;

/// <summary>While a silo is being declared dead or PostgreSQL restarts, a request that cannot be served is a 503 with Retry-After, never a 500.</summary>
public sealed class UnavailableProblemTests : IDisposable
{
    private readonly CultureInfo _previous = CultureInfo.CurrentUICulture;
    private readonly Written _written = new();
    private readonly ProblemDetailsExceptionHandler _handler;

    public UnavailableProblemTests()
    {
        var factory = new ResourceManagerStringLocalizerFactory(Options.Create(new LocalizationOptions { ResourcesPath = "Resources" }), NullLoggerFactory.Instance);
        var text = new ProblemText(new StringLocalizer<ErrorText>(factory), new StringLocalizer<UiText>(factory));
        _handler = new ProblemDetailsExceptionHandler(_written, text, NullLogger<ProblemDetailsExceptionHandler>.Instance);
        CultureInfo.CurrentUICulture = new CultureInfo("en");
    }

    public void Dispose() => CultureInfo.CurrentUICulture = _previous;

    public static TheoryData<Exception> Transient() => new(
        new SiloUnavailableException(),
        new TimeoutException("response did not arrive on time"),
        new Orleans.Runtime.Messaging.ConnectionFailedException("no gateway"),
        new NpgsqlException("connection refused", new System.Net.Sockets.SocketException(111)),
        new PostgresException("terminating connection due to administrator command", "FATAL", "FATAL", "57P01"),
        new AggregateException(new SiloUnavailableException()),
        new Incubator.Common.StorageUnavailableException("57P01: terminating connection due to administrator command"),
        new OrleansException("grain call failed", new TimeoutException()));

    [Theory]
    [MemberData(nameof(Transient))]
    public async Task AFailureThatSaysNotNowIsA503WithRetryAfter(Exception failure)
    {
        var context = new DefaultHttpContext();

        Assert.True(await _handler.TryHandleAsync(context, failure, CancellationToken.None));

        Assert.Equal(StatusCodes.Status503ServiceUnavailable, context.Response.StatusCode);
        Assert.Equal(TransientFailure.RetryAfterSeconds.ToString(CultureInfo.InvariantCulture), context.Response.Headers.RetryAfter.ToString());
        Assert.Equal("service.unavailable", _written.Problem?.Extensions["code"]);
        Assert.Equal("Service unavailable", _written.Problem?.Title);
    }

    [Fact]
    public async Task ABugStaysA500()
    {
        Assert.False(await _handler.TryHandleAsync(new DefaultHttpContext(), new InvalidOperationException("bug"), CancellationToken.None));
        Assert.False(TransientFailure.Is(new PostgresException("duplicate key", "ERROR", "ERROR", "23505")));
    }

    private sealed class Written : IProblemDetailsService
    {
        public ProblemDetails? Problem { get; private set; }

        public ValueTask WriteAsync(ProblemDetailsContext context)
        {
            Problem = context.ProblemDetails;
            return ValueTask.CompletedTask;
        }

        public ValueTask<bool> TryWriteAsync(ProblemDetailsContext context)
        {
            Problem = context.ProblemDetails;
            return ValueTask.FromResult(true);
        }
    }
}
