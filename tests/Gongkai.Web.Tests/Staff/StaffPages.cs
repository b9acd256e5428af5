using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Gongkai.Web.Tests.Staff;

/// <summary>Every page of the staff console, discovered from the app's own endpoints (none can be forgotten).</summary>
internal static class StaffPages
{
    public static IReadOnlyList<string> All(IServiceProvider services) =>
        services.GetRequiredService<EndpointDataSource>().Endpoints
            .OfType<RouteEndpoint>()
            .Where(e => e.Metadata.GetMetadata<PageActionDescriptor>()?.AreaName == "Staff")
            .Select(e => "/" + e.RoutePattern.RawText!.TrimEnd('/').Replace("{id:guid}", Guid.Empty.ToString(), StringComparison.Ordinal))
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)
            .ToList();

    /// <summary>The pages that need no record id.</summary>
    public static IReadOnlyList<string> WithoutParameters(IServiceProvider services) =>
        All(services).Where(p => !p.Contains(Guid.Empty.ToString(), StringComparison.Ordinal)).ToList();
}
