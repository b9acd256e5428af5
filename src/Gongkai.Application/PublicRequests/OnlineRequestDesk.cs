using Gongkai.Application.Persistence;
using Gongkai.Application.Requests;
using Gongkai.Application.Results;
using Gongkai.Application.Staff;
using Gongkai.Domain.Requests;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Application.PublicRequests;

/// <summary>
/// Online requests (Art. 28 channel, Art. 29 content): registers the request in the agency's inbox and
/// issues a tracking code. The receipt shown at once is the agency's confirmation, so the receipt date is
/// the day of submission (Art. 31(三): 双方确认之日). Tracking needs code and secret; a wrong pair gets the
/// same answer as an unknown code, so codes cannot be probed.
/// </summary>
public sealed class OnlineRequestDesk(GongkaiDbContext db, RequestRegistrar registrar, OfficeToday today, TimeProvider timeProvider)
{
    public async Task<Result<RequestReceipt>> SubmitAsync(Guid agencyId, OnlineRequest input, string secret, CancellationToken cancellationToken = default)
    {
        if (!TrackingSecret.IsWellFormed(secret))
        {
            return Error.Invalid("表单已失效，请刷新页面后重新提交。");
        }

        var hash = TrackingSecret.Hash(secret);
        if (await ByHashAsync(hash, cancellationToken) is { } existing)
        {
            return existing.AgencyId == agencyId ? await ReceiptAsync(existing, wasAlreadySubmitted: true, cancellationToken) : Error.Invalid("表单已失效，请刷新页面后重新提交。");
        }

        var contact = string.Join("；", new[] { "电话：" + input.Phone.Trim(), Labelled("电子邮箱", input.Email), Labelled("通信地址", input.Address) }.Where(p => p is not null));
        var registration = new RequestRegistration(
            RequestChannel.Online, today.Date, null, today.Date, input.ApplicantKind, input.ApplicantName, input.IdentityKind,
            input.IdentityNumber, contact, input.Description, input.Form, input.Delivery);
        var scope = new AgencyScope(agencyId, new HashSet<Guid> { agencyId }, CanWrite: true);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var registered = await registrar.RegisterAsync(scope, registration, cancellationToken);
        if (!registered.Succeeded)
        {
            return registered.Error!;
        }

        var ticket = new RequestTicket
        {
            RequestId = registered.Value.Id,
            AgencyId = agencyId,
            TrackingCode = TrackingSecret.NewTrackingCode(),
            SecretHash = hash,
            CreatedAt = timeProvider.GetUtcNow(),
        };
        db.Add(ticket);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // The same form was submitted twice at the same moment: the other submission won.
            await transaction.RollbackAsync(cancellationToken);
            db.ChangeTracker.Clear();
            return await ByHashAsync(hash, cancellationToken) is { } winner
                ? await ReceiptAsync(winner, wasAlreadySubmitted: true, cancellationToken)
                : Error.Conflict("提交未成功，请稍后重试。");
        }

        return await ReceiptAsync(ticket, wasAlreadySubmitted: false, cancellationToken);
    }

    /// <summary>The request's status for the holder of code and secret; NotFound for any mismatch.</summary>
    public async Task<Result<RequestReceipt>> TrackAsync(string? trackingCode, string? secret, CancellationToken cancellationToken = default)
    {
        var code = TrackingSecret.Normalize(trackingCode);
        var ticket = code.Length == 10
            ? await db.Set<RequestTicket>().AsNoTracking().FirstOrDefaultAsync(t => t.TrackingCode == code, cancellationToken)
            : null;
        // Hash and compare even when the code is unknown, so timing does not reveal which codes exist.
        var matches = TrackingSecret.Matches(secret ?? "", ticket?.SecretHash ?? new byte[32]);
        return ticket is not null && matches && TrackingSecret.IsWellFormed(secret)
            ? await ReceiptAsync(ticket, wasAlreadySubmitted: false, cancellationToken)
            : Error.NotFound("查询码或密码不正确。");
    }

    /// <summary>
    /// The reply notice for download (Art. 36: the disposition and the agency's answer), once replied; built
    /// from the record, so the applicant gets it without waiting for a letter in the post.
    /// </summary>
    public async Task<Result<(string FileName, string Text)>> ReplyAsync(string? trackingCode, string? secret, CancellationToken cancellationToken = default)
    {
        var tracked = await TrackAsync(trackingCode, secret, cancellationToken);
        if (!tracked.Succeeded)
        {
            return tracked.Error!;
        }

        var status = tracked.Value;
        if (status.State is not (RequestState.Replied or RequestState.Closed) || status.ConcludedOn is null)
        {
            return Error.NotFound("该申请尚未答复。");
        }

        var disposition = status.DispositionKey is { } key && Disposition.TryParse(key, out var found) ? found.Label : "已作出答复";
        var text = string.Join(
            "\r\n",
            $"{status.AgencyName}政府信息公开申请答复",
            string.Empty,
            $"申请编号：{status.Number}",
            $"收到申请之日：{status.ReceivedOn:yyyy年M月d日}",
            $"答复日期：{status.ConcludedOn:yyyy年M月d日}",
            $"办理结果：{disposition}",
            string.Empty,
            "本机关已依照《中华人民共和国政府信息公开条例》第三十六条对您的申请作出答复，书面答复书以您选择的方式送达。",
            "如对本答复不服，可以依法申请行政复议或者提起行政诉讼（《条例》第五十一条）。");
        return ($"答复-{status.Number}.txt", text);
    }

    private Task<RequestTicket?> ByHashAsync(byte[] hash, CancellationToken cancellationToken) =>
        db.Set<RequestTicket>().AsNoTracking().FirstOrDefaultAsync(t => t.SecretHash == hash, cancellationToken);

    private async Task<RequestReceipt> ReceiptAsync(RequestTicket ticket, bool wasAlreadySubmitted, CancellationToken cancellationToken)
    {
        var request = await db.Requests.AsNoTracking().FirstAsync(r => r.Id == ticket.RequestId, cancellationToken);
        var agency = await db.Agencies.AsNoTracking().Where(a => a.Id == ticket.AgencyId).Select(a => a.Name).FirstAsync(cancellationToken);
        return new RequestReceipt(ticket.TrackingCode, agency, request.Number, request.ReceivedOn, request.DueOn, request.State, request.ConcludedOn, request.DispositionKey, wasAlreadySubmitted);
    }

    private static string? Labelled(string label, string? value) => string.IsNullOrWhiteSpace(value) ? null : label + "：" + value.Trim();
}
