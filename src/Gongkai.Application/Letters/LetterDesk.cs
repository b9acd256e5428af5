using System.Security.Cryptography;
using Gongkai.Application.Persistence;
using Gongkai.Application.Requests;
using Gongkai.Application.Results;
using Gongkai.Application.Staff;
using Gongkai.Documents.Letters;
using Gongkai.Domain.Calendars;
using Gongkai.Domain.Letters;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Application.Letters;

/// <summary>
/// Issues the letter of a recorded step (issue 4), stores it frozen with its 文号 and hash, and hands it out again
/// unchanged. Guarded by the agency scope like the rest of the console; issuing is audited (the new
/// <see cref="IssuedLetter"/> is an agency-owned record, so SaveChanges writes its audit entry).
/// </summary>
public sealed class LetterDesk(GongkaiDbContext db, WorkingDayCalendar calendar, TimeProvider timeProvider)
{
    private const string Missing = "未找到该申请或文书，或您无权查看。";

    /// <summary>The letter-bearing steps of a request, with the letters issued so far.</summary>
    public async Task<Result<IReadOnlyList<StepLetter>>> ForRequestAsync(AgencyScope scope, Guid requestId, CancellationToken cancellationToken = default)
    {
        var record = await db.Requests.AsNoTracking().Include(r => r.Steps).FirstOrDefaultAsync(r => r.Id == requestId, cancellationToken);
        if (record is null || !scope.CanSee(record.AgencyId))
        {
            return Error.NotFound(Missing);
        }

        var issued = await db.Set<IssuedLetter>().AsNoTracking().Where(l => l.RequestId == requestId)
            .Select(l => new { l.StepId, l.Number, l.FileName }).ToListAsync(cancellationToken);
        var list = new List<StepLetter>();
        foreach (var step in record.Steps.OrderBy(s => s.Sequence))
        {
            if (StepLetters.For(RequestCases.ToDomain(step)) is { } kind)
            {
                var letter = issued.FirstOrDefault(l => l.StepId == step.Id);
                list.Add(new StepLetter(step.Id, step.Sequence, step.On, kind, LetterComposer.KindTitle(kind), letter?.Number, letter?.FileName));
            }
        }

        return list;
    }

    /// <summary>Issues the letter of a step; refused (Invalid) when a mandatory element is missing, Conflict when already issued.</summary>
    public async Task<Result<IssuedLetter>> IssueAsync(AgencyScope scope, StaffUser actor, Guid requestId, Guid stepId, LetterInput input, CancellationToken cancellationToken = default)
    {
        var record = await db.Requests.AsNoTracking().Include(r => r.Steps).FirstOrDefaultAsync(r => r.Id == requestId, cancellationToken);
        var step = record?.Steps.FirstOrDefault(s => s.Id == stepId);
        if (record is null || step is null || !scope.CanSee(record.AgencyId))
        {
            return Error.NotFound(Missing);
        }

        if (!scope.CanChange(record.AgencyId))
        {
            return Error.Forbidden("您的账号只能查看，不能出具文书。");
        }

        return await IssueAsync(record, step, actor.DisplayName, input, cancellationToken);
    }

    /// <summary>The issued letter of a step, exactly as issued.</summary>
    public async Task<Result<IssuedLetter>> GetAsync(AgencyScope scope, Guid requestId, Guid stepId, CancellationToken cancellationToken = default)
    {
        var letter = await db.Set<IssuedLetter>().AsNoTracking().FirstOrDefaultAsync(l => l.RequestId == requestId && l.StepId == stepId, cancellationToken);
        return letter is null || !scope.CanSee(letter.AgencyId) ? Error.NotFound(Missing) : letter;
    }

    /// <summary>The latest issued reply letter of a request (for the applicant's tracking page), if any.</summary>
    internal Task<IssuedLetter?> ReplyOfAsync(Guid requestId, CancellationToken cancellationToken) =>
        db.Set<IssuedLetter>().AsNoTracking()
            .Where(l => l.RequestId == requestId && l.Kind == LetterKind.Reply)
            .OrderByDescending(l => l.IssuedAt)
            .FirstOrDefaultAsync(cancellationToken);

    /// <summary>
    /// Issues the letter of a step just recorded, when the step has one and it can be composed from what is on file
    /// (the step's note as the particulars); otherwise the clerk issues it later from the request page, where issuing says what is missing.
    /// </summary>
    internal Task TryIssueAsync(RequestRecord record, RequestStepRecord step, string actor, CancellationToken cancellationToken) =>
        IssueAsync(record, step, actor, new LetterInput(), cancellationToken);

    private async Task<Result<IssuedLetter>> IssueAsync(RequestRecord record, RequestStepRecord step, string actor, LetterInput input, CancellationToken cancellationToken)
    {
        if (StepLetters.For(RequestCases.ToDomain(step)) is not { } kind)
        {
            return Error.Invalid("该办理步骤没有对应的文书。");
        }

        if (await db.Set<IssuedLetter>().AnyAsync(l => l.StepId == step.Id, cancellationToken))
        {
            return Error.Conflict("该步骤的文书已经出具，不能重复出具；如需更正，请另行办理。");
        }

        var agency = await db.Agencies.AsNoTracking().SingleAsync(a => a.Id == record.AgencyId, cancellationToken);
        var parent = agency.ParentId is { } parentId ? await db.Agencies.AsNoTracking().SingleOrDefaultAsync(a => a.Id == parentId, cancellationToken) : null;
        var year = step.On.Year;
        var sequence = 1 + (await db.Set<IssuedLetter>()
            .Where(l => l.AgencyId == agency.Id && l.Kind == kind && l.Year == year)
            .MaxAsync(l => (int?)l.Sequence, cancellationToken) ?? 0);
        var number = LetterNumber.Format(LetterNumber.AgencyCode(agency.LetterCode, agency.Name), kind, year, sequence);
        var composed = LetterComposer.Compose(LetterFactsBuilder.Facts(record, step, kind, number, input, calendar), LetterFactsBuilder.Issuer(agency, parent));
        if (!composed.IsSuccess)
        {
            return Error.Invalid(composed.Refusal!);
        }

        var content = LetterDocxWriter.ToBytes(composed.Value);
        var letter = new IssuedLetter
        {
            AgencyId = record.AgencyId,
            RequestId = record.Id,
            StepId = step.Id,
            Kind = kind,
            Year = year,
            Sequence = sequence,
            Number = number,
            Title = composed.Value.Title,
            IssuedOn = step.On,
            FileName = LetterDocxWriter.FileName(composed.Value),
            Content = content,
            ContentSha256 = Convert.ToHexStringLower(SHA256.HashData(content)),
            IssuedAt = timeProvider.GetUtcNow(),
            IssuedBy = actor,
        };
        db.Add(letter);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Another clerk took the number (or issued this step's letter) at the same moment.
            db.Entry(letter).State = EntityState.Detached;
            return Error.Conflict("出具失败：其他人刚刚出具了文书。请刷新页面后重试。");
        }

        return letter;
    }
}
