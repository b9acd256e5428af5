using System.Data.Common;
using System.Globalization;
using Gongkai.Application.Auditing;
using Microsoft.AspNetCore.OutputCaching;

namespace Gongkai.Web.Portal;

/// <summary>
/// Caches a public page for anonymous GET and HEAD requests only (a signed-in member of staff sees their
/// name in the header, so their pages are never cached nor served from the cache), per full URL, and
/// only 200 responses without cookies. Every lookup is keyed by the current <see cref="ChangeStamp"/>:
/// once an item is published, withdrawn or edited, or an agency's details change (in this process or any
/// other on the same database), the next request misses the cache and renders the page afresh.
/// </summary>
internal sealed class PublicPagePolicy(TimeSpan lifetime) : IOutputCachePolicy
{
    public async ValueTask CacheRequestAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        var http = context.HttpContext;
        var anonymousRead = lifetime > TimeSpan.Zero
            && (HttpMethods.IsGet(http.Request.Method) || HttpMethods.IsHead(http.Request.Method))
            && http.Request.Headers.Authorization.Count == 0
            && http.User.Identity?.IsAuthenticated != true;
        if (!anonymousRead)
        {
            return;
        }

        long stamp;
        try
        {
            stamp = await http.RequestServices.GetRequiredService<ChangeStamp>().CurrentAsync(cancellation);
        }
        catch (DbException)
        {
            return; // the page itself reports the unavailable database; nothing is cached meanwhile
        }

        context.EnableOutputCaching = true;
        context.AllowCacheLookup = true;
        context.AllowCacheStorage = true;
        context.AllowLocking = true;
        context.ResponseExpirationTimeSpan = lifetime;
        context.CacheVaryByRules.QueryKeys = "*";
        context.CacheVaryByRules.VaryByValues["stamp"] = stamp.ToString(CultureInfo.InvariantCulture);
    }

    public ValueTask ServeFromCacheAsync(OutputCacheContext context, CancellationToken cancellation) => ValueTask.CompletedTask;

    public ValueTask ServeResponseAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        var response = context.HttpContext.Response;
        if (response.StatusCode != StatusCodes.Status200OK || response.Headers.SetCookie.Count > 0)
        {
            context.AllowCacheStorage = false;
        }

        return ValueTask.CompletedTask;
    }
}
