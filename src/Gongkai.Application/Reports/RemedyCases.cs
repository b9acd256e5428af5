using Gongkai.Application.Persistence;
using Gongkai.Application.Results;
using Gongkai.Application.Staff;
using Gongkai.Domain.Remedies;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Application.Reports;

/// <summary>Reconsideration and litigation cases of the user's own agency (table 四).</summary>
public sealed class RemedyCases(GongkaiDbContext db)
{
    public async Task<IReadOnlyList<RemedyCase>> ListAsync(AgencyScope scope, int year, CancellationToken cancellationToken = default)
    {
        var visible = scope.VisibleAgencyIds.ToList();
        return await db.Set<RemedyCase>().AsNoTracking()
            .Where(r => visible.Contains(r.AgencyId) && r.FiledOn >= new DateOnly(year, 1, 1) && r.FiledOn <= new DateOnly(year, 12, 31))
            .OrderBy(r => r.FiledOn)
            .ToListAsync(cancellationToken);
    }

    public async Task<Result<RemedyCase>> AddAsync(AgencyScope scope, RemedyCase input, string? requestNumber, CancellationToken cancellationToken = default)
    {
        if (!scope.CanChange(scope.HomeAgencyId))
        {
            return Error.Forbidden("您的账号只能查看，不能登记复议诉讼案件。");
        }

        if (input.DecidedOn is { } decided && decided < input.FiledOn)
        {
            return Error.Invalid("审结日期不能早于立案（申请）日期。", nameof(input.DecidedOn));
        }

        if (input.DecidedOn is null != (input.Result == RemedyResult.Pending))
        {
            return Error.Invalid("已审结的案件请填写审结日期和结果；尚未审结的案件不填审结日期。", nameof(input.Result));
        }

        if (!string.IsNullOrWhiteSpace(requestNumber))
        {
            var number = requestNumber.Trim();
            var request = await db.Requests.Where(r => r.AgencyId == scope.HomeAgencyId && r.Number == number).Select(r => (Guid?)r.Id).FirstOrDefaultAsync(cancellationToken);
            if (request is null)
            {
                return Error.Invalid($"本机关没有编号为 {number} 的申请。", "RequestNumber");
            }

            input.RequestId = request;
        }

        input.AgencyId = scope.HomeAgencyId;
        db.Add(input);
        await db.SaveChangesAsync(cancellationToken);
        return input;
    }
}
