using Microsoft.AspNetCore.Diagnostics;

namespace Gongkai.Web.Hosting;

/// <summary>Writes ProblemDetails for failures under <c>/api</c>; pages fall through to <c>/Error</c>.</summary>
internal sealed partial class ApiExceptionHandler(IProblemDetailsService problems, ILogger<ApiExceptionHandler> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        var unavailable = DatabaseFailure.IsUnavailable(exception);
        LogFailure(logger, exception, httpContext.TraceIdentifier, unavailable);
        if (!httpContext.Request.Path.StartsWithSegments("/api", StringComparison.Ordinal))
        {
            return false;
        }

        httpContext.Response.StatusCode = unavailable ? StatusCodes.Status503ServiceUnavailable : StatusCodes.Status500InternalServerError;
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            Exception = null,
            ProblemDetails =
            {
                Status = httpContext.Response.StatusCode,
                Title = unavailable ? "数据库暂时无法连接，请稍后再试。" : "服务器内部错误，请稍后再试。",
            },
        });
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Unhandled failure (trace {TraceId}, database unavailable: {DatabaseUnavailable})")]
    private static partial void LogFailure(ILogger logger, Exception exception, string traceId, bool databaseUnavailable);
}
