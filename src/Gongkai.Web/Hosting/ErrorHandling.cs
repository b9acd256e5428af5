namespace Gongkai.Web.Hosting;

/// <summary>
/// The one place unexpected failures are handled: API callers get ProblemDetails, people get a Chinese
/// page (<c>/Error</c>) without any stack trace; an unreachable database is a 503 with its own message.
/// </summary>
internal static class ErrorHandling
{
    public static IServiceCollection AddErrorHandling(this IServiceCollection services)
    {
        services.AddProblemDetails();
        services.AddExceptionHandler<ApiExceptionHandler>();
        return services;
    }

    public static WebApplication UseErrorHandling(this WebApplication app)
    {
        app.UseExceptionHandler(new ExceptionHandlerOptions
        {
            ExceptionHandlingPath = "/Error",
            StatusCodeSelector = e => DatabaseFailure.IsUnavailable(e) ? StatusCodes.Status503ServiceUnavailable : StatusCodes.Status500InternalServerError,
        });
        app.UseStatusCodePagesWithReExecute("/Status/{0}");
        return app;
    }
}
