using Gongkai.Application.Persistence;
using Gongkai.Application.Results;
using Gongkai.Application.Staff;
using Gongkai.Domain.Reports;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Application.Reports;

/// <summary>The office's table 二 figures for a year: read and save, cell keys from the year's format.</summary>
public sealed class AdminFigures(GongkaiDbContext db)
{
    public async Task<IReadOnlyDictionary<string, decimal>> GetAsync(Guid agencyId, int year, CancellationToken cancellationToken = default) =>
        await db.Set<AdminFigure>().AsNoTracking()
            .Where(f => f.AgencyId == agencyId && f.Year == year)
            .ToDictionaryAsync(f => f.CellKey, f => f.Value, StringComparer.Ordinal, cancellationToken);

    public async Task<Result<int>> SaveAsync(AgencyScope scope, int year, IReadOnlyDictionary<string, decimal> values, CancellationToken cancellationToken = default)
    {
        if (!scope.CanChange(scope.HomeAgencyId))
        {
            return Error.Forbidden("您的账号只能查看，不能填报数据。");
        }

        var allowed = ReportFormats.ForYear(year).Table(TableKeys.Proactive).Cells.Select(c => c.Key.ToString()).ToHashSet(StringComparer.Ordinal);
        if (values.Keys.FirstOrDefault(k => !allowed.Contains(k)) is { } unknown)
        {
            return Error.Invalid($"{year}年的报告格式没有“{unknown}”这一项。");
        }

        var existing = await db.Set<AdminFigure>()
            .Where(f => f.AgencyId == scope.HomeAgencyId && f.Year == year)
            .ToDictionaryAsync(f => f.CellKey, StringComparer.Ordinal, cancellationToken);
        foreach (var (key, value) in values)
        {
            if (existing.TryGetValue(key, out var figure))
            {
                figure.Value = value;
            }
            else
            {
                db.Add(new AdminFigure { AgencyId = scope.HomeAgencyId, Year = year, CellKey = key, Value = value });
            }
        }

        return await db.SaveChangesAsync(cancellationToken);
    }
}
