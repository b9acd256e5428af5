using System.Text;
using Gongkai.Application.Reports;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Gongkai.Web.Api;

/// <summary>
/// The canonical JSON of published annual reports at a stable public URL:
/// <c>GET /api/reports/{agency credit code}/{year}</c> (latest version; <c>?version=N</c> for an earlier one).
/// </summary>
internal static class ReportsApi
{
    public static RouteGroupBuilder MapReportsApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/reports").AllowAnonymous();
        group.MapGet("/{creditCode}/{year:int}", GetAsync);
        return group;
    }

    private static async Task<Results<ContentHttpResult, ProblemHttpResult>> GetAsync(string creditCode, int year, int? version, PublishedReports reports, CancellationToken cancellationToken)
    {
        var json = await reports.JsonAsync(creditCode, year, version, cancellationToken);
        return json is null
            ? TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "未找到已发布的年度报告。")
            : TypedResults.Text(json, "application/json", Encoding.UTF8);
    }
}
