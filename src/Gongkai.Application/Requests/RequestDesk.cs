using Gongkai.Application.Letters;
using Gongkai.Application.Persistence;
using Gongkai.Application.Results;
using Gongkai.Application.Staff;
using Gongkai.Domain.Calendars;
using Gongkai.Domain.Requests;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Application.Requests;

/// <summary>Shows one request and records its lifecycle steps through the domain's transitions.</summary>
public sealed class RequestDesk(GongkaiDbContext db, WorkingDayCalendar calendar, OfficeToday today, RequestInbox inbox, TimeProvider timeProvider, LetterDesk letters)
{
    private const string Missing = "未找到该申请，或您无权查看。";

    public async Task<Result<RequestDetail>> GetAsync(AgencyScope scope, IReadOnlyCollection<string> roles, Guid id, CancellationToken cancellationToken = default)
    {
        var record = await db.Set<RequestRecord>().AsNoTracking().Include(r => r.Steps).FirstOrDefaultAsync(r => r.Id == id, cancellationToken);
        if (record is null || !scope.CanSee(record.AgencyId))
        {
            return Error.NotFound(Missing);
        }

        var agencyName = await db.Agencies.Where(a => a.Id == record.AgencyId).Select(a => a.Name).SingleAsync(cancellationToken);
        var current = RequestCases.Rebuild(record, calendar);
        var (deadline, problem) = RequestCases.Deadline(current, calendar);
        var canAct = scope.CanChange(record.AgencyId);
        return new RequestDetail(
            record,
            agencyName,
            current,
            deadline,
            problem,
            inbox.UrgencyOf(record.State, record.DueOn, today.Date),
            canAct,
            canAct && roles.Contains(StaffRoles.Approver));
    }

    /// <summary>
    /// Records a step. Refused transitions come back as <see cref="ErrorKind.Invalid"/> with the domain's
    /// reason; a stale page as <see cref="ErrorKind.Conflict"/>. An extension (Art. 33) needs the approver role.
    /// </summary>
    public async Task<Result<RequestRecord>> ApplyAsync(AgencyScope scope, StaffUser actor, IReadOnlyCollection<string> roles, Guid id, RequestStepInput input, CancellationToken cancellationToken = default)
    {
        var record = await db.Set<RequestRecord>().Include(r => r.Steps).FirstOrDefaultAsync(r => r.Id == id, cancellationToken);
        if (record is null || !scope.CanSee(record.AgencyId))
        {
            return Error.NotFound(Missing);
        }

        if (!scope.CanChange(record.AgencyId))
        {
            return Error.Forbidden("您的账号只能查看，不能办理该申请。");
        }

        if (input.Kind == RequestEventKind.Extended && !roles.Contains(StaffRoles.Approver))
        {
            return Error.Forbidden("延长答复期限须经政府信息公开工作机构负责人同意（条例第三十三条），请由审批人账号办理。");
        }

        if (input.On > today.Date)
        {
            return Error.Invalid("办理日期不能晚于今天。", nameof(input.On));
        }

        if (input.DispositionKey is { } key && !Disposition.TryParse(key, out _))
        {
            return Error.Invalid("请选择办理结果。", nameof(input.DispositionKey));
        }

        var step = new RequestStepRecord
        {
            RequestId = record.Id,
            AgencyId = record.AgencyId,
            Sequence = record.Steps.Count + 1,
            Kind = input.Kind,
            On = input.On,
            Consultation = input.Consultation,
            WorkingDays = input.WorkingDays,
            Approver = input.Kind == RequestEventKind.Extended ? actor.DisplayName : null,
            DispositionKey = input.DispositionKey,
            Until = input.Until,
            FeeAmount = input.FeeAmount,
            Note = input.Note?.Trim() ?? "",
            RecordedAt = timeProvider.GetUtcNow(),
            RecordedBy = actor.DisplayName,
        };

        Gongkai.Domain.Result<RequestCase> next;
        try
        {
            next = RequestCases.Rebuild(record, calendar).Apply(RequestCases.ToDomain(step), calendar);
        }
        catch (CalendarYearMissingException e)
        {
            return Error.Invalid($"工作日历缺少 {e.MissingYear} 年的节假日安排，暂时无法办理该步骤。");
        }

        if (!next.IsSuccess)
        {
            return Error.Invalid(next.Refusal!);
        }

        db.Entry(record).Property(r => r.Version).OriginalValue = input.Version;
        db.Add(step);
        record.Steps.Add(step);
        RequestCases.Store(record, next.Value, calendar);
        db.Entry(record).State = EntityState.Modified;
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return Error.Conflict("保存失败：其他人刚刚办理了这件申请。请刷新页面，查看最新进度后再办理。");
        }

        // Issue 4: the step's letter, when what is on file suffices; otherwise the clerk issues it from the request page.
        await letters.TryIssueAsync(record, step, actor.DisplayName, cancellationToken);
        return record;
    }
}
