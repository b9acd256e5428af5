using Gongkai.Application.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Application.Reports;

/// <summary>The public side of annual reports: every published version, and the canonical JSON of one.</summary>
public sealed class PublishedReports(GongkaiDbContext db)
{
    public async Task<IReadOnlyList<PublishedReportListing>> ListAsync(Guid agencyId, CancellationToken cancellationToken = default)
    {
        var rows = await db.Set<AnnualReportVersion>().AsNoTracking()
            .Where(r => r.AgencyId == agencyId && r.Status == ReportStatus.Published)
            .Select(r => new { r.Year, r.Number, r.PublishedAt, r.CorrectionNote })
            .ToListAsync(cancellationToken);
        return rows
            .OrderByDescending(r => r.Year).ThenByDescending(r => r.Number)
            .Select(r => new PublishedReportListing(r.Year, r.Number, r.PublishedAt, r.CorrectionNote))
            .ToList();
    }

    /// <summary>The latest published version's JSON (or version <paramref name="number"/>), by credit code and year.</summary>
    public async Task<string?> JsonAsync(string creditCode, int year, int? number = null, CancellationToken cancellationToken = default)
    {
        var query = db.Set<AnnualReportVersion>().AsNoTracking()
            .Join(db.Agencies.Where(a => a.CreditCode == creditCode), r => r.AgencyId, a => a.Id, (r, a) => r)
            .Where(r => r.Year == year && r.Status == ReportStatus.Published);
        if (number is { } n)
        {
            query = query.Where(r => r.Number == n);
        }

        return await query.OrderByDescending(r => r.Number).Select(r => r.PublishedJson).FirstOrDefaultAsync(cancellationToken);
    }
}
