using Gongkai.Application.Letters;
using Gongkai.Application.Persistence;
using Gongkai.Application.Requests;
using Gongkai.Application.Results;
using Gongkai.Application.Staff;
using Gongkai.Documents.Letters;
using Gongkai.Domain.Requests;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Application.PublicRequests;

/// <summary>
/// Online requests (Art. 28 channel, Art. 29 content): registers the request in the agency's inbox and
/// issues a tracking code. The receipt shown at once is the agency's confirmation, so the receipt date is
/// the day of submission (Art. 31(三): 双方确认之日). Tracking needs code and secret; a wrong pair gets the
/// same answer as an unknown code, so codes cannot be probed.
/// </summary>
public sealed class OnlineRequestDesk(GongkaiDbContext db, RequestRegistrar registrar, OfficeToday today, TimeProvider timeProvider, LetterDesk letters)
{
    private const string WrongPair = "查询码或密码不正确。";

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
    public async Task<Result<RequestReceipt>> TrackAsync(string? trackingCode, string? secret, CancellationToken cancellationToken = default) =>
        await VerifiedTicketAsync(trackingCode, secret, cancellationToken) is { } ticket
            ? await ReceiptAsync(ticket, wasAlreadySubmitted: false, cancellationToken)
            : Error.NotFound(WrongPair);

    /// <summary>
    /// The reply letter (答复书) for download once replied: the very DOCX the clerk issued (issue 5), never rebuilt.
    /// Reached only with code and secret, like the status.
    /// </summary>
    public async Task<Result<(string FileName, string ContentType, byte[] Content)>> ReplyAsync(string? trackingCode, string? secret, CancellationToken cancellationToken = default)
    {
        if (await VerifiedTicketAsync(trackingCode, secret, cancellationToken) is not { } ticket)
        {
            return Error.NotFound(WrongPair);
        }

        var status = await ReceiptAsync(ticket, wasAlreadySubmitted: false, cancellationToken);
        if (status.State is not (RequestState.Replied or RequestState.Closed) || status.ConcludedOn is null)
        {
            return Error.NotFound("该申请尚未答复。");
        }

        var letter = await letters.ReplyOfAsync(ticket.RequestId, cancellationToken);
        return letter is null
            ? Error.NotFound("答复书尚未出具，书面答复将以您选择的方式送达。")
            : (letter.FileName, LetterDocxWriter.ContentType, letter.Content);
    }

    /// <summary>The ticket of a code, when the secret matches it; null for any mismatch.</summary>
    private async Task<RequestTicket?> VerifiedTicketAsync(string? trackingCode, string? secret, CancellationToken cancellationToken)
    {
        var code = TrackingSecret.Normalize(trackingCode);
        var ticket = code.Length == 10
            ? await db.Set<RequestTicket>().AsNoTracking().FirstOrDefaultAsync(t => t.TrackingCode == code, cancellationToken)
            : null;
        // Hash and compare even when the code is unknown, so timing does not reveal which codes exist.
        var matches = TrackingSecret.Matches(secret ?? "", ticket?.SecretHash ?? new byte[32]);
        return matches && TrackingSecret.IsWellFormed(secret) ? ticket : null;
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
