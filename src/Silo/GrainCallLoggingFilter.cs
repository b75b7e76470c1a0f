using Incubator.Common;

namespace Incubator.Silo;

/// <summary>
/// Logs every grain call that ends in an exception, with the grain and method: a broken domain rule (answered 4xx) at
/// Information, anything else at Error. The exception still reaches the caller. Events carry the caller's trace id.
/// </summary>
public sealed partial class GrainCallLoggingFilter(ILogger<GrainCallLoggingFilter> logger) : IIncomingGrainCallFilter
{
    public async Task Invoke(IIncomingGrainCallContext context)
    {
        try
        {
            await context.Invoke();
        }
        catch (DomainException e)
        {
            Refused(context.TargetId.ToString(), context.MethodName, e.Kind, e.Field, e.Message);
            throw;
        }
        catch (Exception e)
        {
            Failed(e, context.TargetId.ToString(), context.MethodName);
            throw;
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Grain {GrainId} {GrainMethod} refused the call: {Kind} {Field}: {Reason}")]
    private partial void Refused(string grainId, string grainMethod, DomainErrorKind kind, string field, string reason);

    [LoggerMessage(Level = LogLevel.Error, Message = "Grain {GrainId} {GrainMethod} failed")]
    private partial void Failed(Exception exception, string grainId, string grainMethod);
}
