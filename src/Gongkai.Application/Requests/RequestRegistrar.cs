using Gongkai.Application.Persistence;
using Gongkai.Application.Results;
using Gongkai.Application.Staff;
using Gongkai.Domain.Applicants;
using Gongkai.Domain.Calendars;
using Gongkai.Domain.Requests;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Application.Requests;

/// <summary>Registers a request (登记, Art. 45) in the clerk's own agency, validated against Art. 29 and 31.</summary>
public sealed class RequestRegistrar(GongkaiDbContext db, WorkingDayCalendar calendar, OfficeToday today, TimeProvider timeProvider)
{
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
            Number = await NextNumberAsync(scope.HomeAgencyId, receipt.Value.Year, cancellationToken),
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
        db.Add(record);
        await db.SaveChangesAsync(cancellationToken);
        return record;
    }

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
        var used = await db.Set<RequestRecord>()
            .Where(r => r.AgencyId == agencyId && r.ReceivedOn >= new DateOnly(year, 1, 1) && r.ReceivedOn <= new DateOnly(year, 12, 31))
            .Select(r => r.Number)
            .ToListAsync(cancellationToken);
        var next = used.Count == 0 ? 1 : used.Max(n => int.Parse(n.AsSpan(prefix.Length), System.Globalization.CultureInfo.InvariantCulture)) + 1;
        return $"{prefix}{next:D4}";
    }
}
