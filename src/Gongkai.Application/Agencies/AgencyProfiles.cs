using Gongkai.Application.Persistence;
using Gongkai.Application.Results;
using Gongkai.Application.Staff;
using Gongkai.Domain.Letters;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Application.Agencies;

/// <summary>Reads and edits an agency's own contact details (Art. 12), guarded by scope and version.</summary>
public sealed class AgencyProfiles(GongkaiDbContext db)
{
    public async Task<Result<Agency>> GetAsync(AgencyScope scope, Guid agencyId, CancellationToken cancellationToken = default)
    {
        if (!scope.CanSee(agencyId))
        {
            return Error.NotFound("未找到该机关。");
        }

        var agency = await db.Agencies.AsNoTracking().FirstOrDefaultAsync(a => a.Id == agencyId, cancellationToken);
        return agency is null ? Error.NotFound("未找到该机关。") : agency;
    }

    public async Task<Result<Agency>> UpdateContactDetailsAsync(AgencyScope scope, Guid agencyId, AgencyContactDetails details, CancellationToken cancellationToken = default)
    {
        if (!scope.CanSee(agencyId))
        {
            return Error.NotFound("未找到该机关。");
        }

        if (!scope.CanChange(agencyId))
        {
            return Error.Forbidden("您的账号只能查看，不能修改该机关的信息。");
        }

        var agency = await db.Agencies.FirstOrDefaultAsync(a => a.Id == agencyId, cancellationToken);
        if (agency is null)
        {
            return Error.NotFound("未找到该机关。");
        }

        if (details.LetterCode?.Trim() is { Length: > 0 } letterCode && LetterNumber.AgencyCodeProblem(letterCode) is { } problem)
        {
            return Error.Invalid(problem, nameof(details.LetterCode));
        }

        // The clerk's form carries the version they read; saving over a newer one is a conflict.
        db.Entry(agency).Property(a => a.Version).OriginalValue = details.Version;
        agency.Address = details.Address.Trim();
        agency.Phone = details.Phone.Trim();
        agency.Email = details.Email.Trim();
        agency.OfficeHours = details.OfficeHours.Trim();
        agency.DisclosureOffice = details.DisclosureOffice.Trim();
        agency.ReviewBody = details.ReviewBody?.Trim() ?? agency.ReviewBody;
        agency.OnlineReviewChannel = details.OnlineReviewChannel?.Trim() ?? agency.OnlineReviewChannel;
        agency.LetterCode = details.LetterCode?.Trim() ?? agency.LetterCode;
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return Error.Conflict("保存失败：其他人刚刚修改了这条记录。请刷新页面查看最新内容后再修改。");
        }

        return agency;
    }
}
