using Gongkai.Application.Persistence;
using Gongkai.Application.Results;
using Gongkai.Application.Staff;
using Gongkai.Domain.Applicants;
using Gongkai.Domain.Calendars;
using Gongkai.Domain.Requests;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Application.Requests;

/// <summary>
/// Registers a request (登记, Art. 45) in the clerk's own agency, validated against Art. 29 and 31. Two
/// clerks registering at once may pick the same number; the unique index refuses the second, which then
/// takes the next free number (a few attempts), and only then reports a plain conflict.
/// </summary>
public sealed class RequestRegistrar(GongkaiDbContext db, WorkingDayCalendar calendar, OfficeToday today, TimeProvider timeProvider)
{
    private const int Attempts = 5;

    public async Task<Result<RequestRecord>> RegisterAsync(AgencyScope scope, RequestRegistration input, CancellationToken cancellationToken = default)
    {
        if (!scope.CanChange(scope.HomeAgencyId))
        {
            return Error.Forbidden("您的账号只能查看，不能登记申请。");
        }

        if (Validate(input) is { } invalid)
        {
            return invalid;
        }

        var receipt = new ReceiptEvidence(input.Channel, input.SubmittedOn, input.SignedForOn, input.ConfirmedOn).ReceiptDate();
        if (!receipt.IsSuccess)
        {
            return Error.Invalid(receipt.Refusal!, nameof(RequestRegistration.ConfirmedOn));
        }

        if (receipt.Value > today.Date)
        {
            return Error.Invalid("收到申请的日期不能晚于今天。", nameof(RequestRegistration.SubmittedOn));
        }

        var record = new RequestRecord
        {
            AgencyId = scope.HomeAgencyId,
            Number = "",
            Channel = input.Channel,
            SubmittedOn = input.SubmittedOn,
            ReceivedOn = receipt.Value,
            ApplicantKind = input.ApplicantKind,
            ApplicantName = input.ApplicantName.Trim(),
            IdentityKind = input.IdentityKind,
            IdentityNumber = input.IdentityNumber.Trim().ToUpperInvariant(),
            Contact = input.Contact.Trim(),
            Description = input.Description.Trim(),
            Form = input.Form,
            Delivery = input.Delivery,
            RegisteredAt = timeProvider.GetUtcNow(),
        };
        RequestCases.Store(record, RequestCases.Rebuild(record, calendar), calendar);
        return await SaveWithFreeNumberAsync(record, cancellationToken);
    }

    private async Task<Result<RequestRecord>> SaveWithFreeNumberAsync(RequestRecord record, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            record.Number = await NextNumberAsync(record.AgencyId, record.ReceivedOn.Year, cancellationToken);
            db.Add(record);
            try
            {
                await db.SaveChangesAsync(cancellationToken);
                return record;
            }
            catch (DbUpdateException)
            {
                if (!await NumberTakenAsync(record, cancellationToken))
                {
                    throw;
                }

                // Another clerk saved this number first: forget the failed insert and its audit entry.
                foreach (var pending in db.ChangeTracker.Entries().Where(e => e.State == EntityState.Added).ToList())
                {
                    pending.State = EntityState.Detached;
                }

                if (attempt == Attempts)
                {
                    return Error.Conflict("登记未完成：其他工作人员正在同时登记申请，申请编号被占用。您填写的内容已保留，请再次提交。");
                }
            }
        }
    }

    private Task<bool> NumberTakenAsync(RequestRecord record, CancellationToken cancellationToken) =>
        db.Requests.AsNoTracking().AnyAsync(r => r.AgencyId == record.AgencyId && r.Number == record.Number && r.Id != record.Id, cancellationToken);

    private static Error? Validate(RequestRegistration input)
    {
        if (string.IsNullOrWhiteSpace(input.ApplicantName))
        {
            return Error.Invalid("请填写申请人的姓名或者名称（条例第二十九条）。", nameof(input.ApplicantName));
        }

        if (string.IsNullOrWhiteSpace(input.Contact))
        {
            return Error.Invalid("请填写申请人的联系方式（条例第二十九条）。", nameof(input.Contact));
        }

        if (string.IsNullOrWhiteSpace(input.Description))
        {
            return Error.Invalid("请填写申请公开的政府信息的名称、文号或者便于查询的其他特征性描述（条例第二十九条）。", nameof(input.Description));
        }

        var natural = input.ApplicantKind == ApplicantKind.NaturalPerson;
        var identity = input.IdentityKind switch
        {
            IdentityDocumentKind.ResidentIdCard when !natural => "法人或者其他组织应提供统一社会信用代码等身份证明。",
            IdentityDocumentKind.ResidentIdCard => ResidentIdNumber.Parse(input.IdentityNumber).Refusal,
            IdentityDocumentKind.UnifiedSocialCreditCode when natural => "自然人应提供居民身份证等身份证明。",
            IdentityDocumentKind.UnifiedSocialCreditCode => UnifiedSocialCreditCode.Parse(input.IdentityNumber).Refusal,
            _ => string.IsNullOrWhiteSpace(input.IdentityNumber) ? "请填写身份证明的号码（条例第二十九条）。" : null,
        };
        return identity is null ? null : Error.Invalid(identity, nameof(input.IdentityNumber));
    }

    private async Task<string> NextNumberAsync(Guid agencyId, int year, CancellationToken cancellationToken)
    {
        var prefix = $"{year:D4}-";
        // By the number's own prefix (not the receipt date): a number given under another date rule still counts.
        var used = await db.Set<RequestRecord>().AsNoTracking()
            .Where(r => r.AgencyId == agencyId && r.Number.StartsWith(prefix))
            .Select(r => r.Number)
            .ToListAsync(cancellationToken);
        var next = 1 + used.Select(n => int.TryParse(n.AsSpan(prefix.Length), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var k) ? k : 0).DefaultIfEmpty().Max();
        return $"{prefix}{next:D4}";
    }
}
