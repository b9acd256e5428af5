namespace Gongkai.Web.Portal;

/// <summary>
/// Server-side output cache for the public portal's read-only pages (an agency's column, its 目录 and
/// search, single items, the 指南), so that a popular page is rendered once, not per visitor. Only pages
/// marked <c>[OutputCache(PolicyName = PublicPageCache.Policy)]</c> are cached; see
/// <see cref="PublicPagePolicy"/> for what is cached and how a change to the catalogue makes it fresh.
/// <c>Portal:OutputCacheSeconds</c> (default 60) bounds an entry's life; 0 turns the cache off.
/// </summary>
internal static class PublicPageCache
{
    public const string Policy = "public-page";

    public static IServiceCollection AddPublicPageCache(this IServiceCollection services, IConfiguration configuration)
    {
        var seconds = configuration.GetValue("Portal:OutputCacheSeconds", 60);
        return services.AddOutputCache(options =>
        {
            options.AddPolicy(Policy, new PublicPagePolicy(TimeSpan.FromSeconds(Math.Max(0, seconds))));
        });
    }
}
