using System.Threading.RateLimiting;

namespace Gongkai.Web.Portal;

/// <summary>
/// Limits on the public forms (online request, tracking) per client address, against abuse and against
/// guessing tracking codes: a fixed window per address; over the limit the visitor gets a Chinese 429 page.
/// </summary>
internal static class PublicRateLimits
{
    public const string Forms = "public-forms";

    public static IServiceCollection AddPublicRateLimits(this IServiceCollection services, IConfiguration configuration)
    {
        var permits = configuration.GetValue("Portal:FormPostsPerMinute", 10);
        return services.AddRateLimiter(options =>
        {
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.OnRejected = async (context, cancellationToken) =>
            {
                context.HttpContext.Response.ContentType = "text/plain; charset=utf-8";
                await context.HttpContext.Response.WriteAsync("提交过于频繁，请一分钟后再试。", cancellationToken);
            };
            options.AddPolicy(Forms, context => HttpMethods.IsPost(context.Request.Method)
                ? RateLimitPartition.GetFixedWindowLimiter(
                    context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                    _ => new FixedWindowRateLimiterOptions { PermitLimit = permits, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 })
                : RateLimitPartition.GetNoLimiter("get"));
        });
    }
}
