using Gongkai.Application.Requests;
using Gongkai.Application.Results;
using Gongkai.Domain.Requests;
using Gongkai.Web.Staff;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Gongkai.Web.Areas.Staff.Pages.Requests;

/// <summary>One request: its content, deadline with explanation, timeline, and the steps that may come next.</summary>
public sealed class DetailModel(CurrentStaff current, RequestDesk desk, OfficeToday today) : PageModel
{
    public RequestDetail? Detail { get; private set; }

    public string? Done { get; private set; }

    public DateOnly Today => today.Date;

    [BindProperty]
    public StepInput Step { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(Guid id, string? done, CancellationToken cancellationToken)
    {
        Done = done;
        return await LoadAsync(id, cancellationToken) ? Page() : NotFound();
    }

    public async Task<IActionResult> OnPostStepAsync(Guid id, CancellationToken cancellationToken)
    {
        var (user, scope) = await current.GetAsync(cancellationToken);
        if (!ModelState.IsValid)
        {
            return await LoadAsync(id, cancellationToken) ? Page() : NotFound();
        }

        var input = new RequestStepInput(Step.Kind, Step.On ?? today.Date, Step.Version, Step.Consultation, Step.WorkingDays, Step.DispositionKey, Step.Until, Step.FeeAmount, Step.Note);
        var result = await desk.ApplyAsync(scope, user, current.Roles, id, input, cancellationToken);
        if (result.Succeeded)
        {
            return Redirect($"/Staff/Requests/Detail/{id}?done={Step.Kind}");
        }

        if (result.Error!.Kind == ErrorKind.NotFound)
        {
            return NotFound();
        }

        ModelState.AddModelError(string.Empty, result.Error.Message);
        return await LoadAsync(id, cancellationToken) ? Page() : NotFound();
    }

    /// <summary>The steps a clerk may try from the current state (the domain still decides).</summary>
    public IReadOnlyList<RequestEventKind> NextSteps() => Detail!.Case.State switch
    {
        RequestState.Registered =>
        [
            RequestEventKind.Replied, RequestEventKind.CorrectionRequested, RequestEventKind.ConsultationStarted,
            RequestEventKind.Extended, RequestEventKind.FeeNoticeIssued, RequestEventKind.DelayedReplySet, RequestEventKind.Withdrawn,
        ],
        RequestState.AwaitingCorrection => [RequestEventKind.CorrectionReceived, RequestEventKind.DeemedWithdrawn, RequestEventKind.Withdrawn],
        RequestState.InConsultation => [RequestEventKind.ConsultationEnded, RequestEventKind.Extended, RequestEventKind.DelayedReplySet, RequestEventKind.Withdrawn],
        RequestState.AwaitingFee => [RequestEventKind.FeePaid, RequestEventKind.FeeUnpaid, RequestEventKind.Withdrawn],
        RequestState.Replied => [RequestEventKind.Closed],
        RequestState.Closed => [],
    };

    private async Task<bool> LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        var (_, scope) = await current.GetAsync(cancellationToken);
        var detail = await desk.GetAsync(scope, current.Roles, id, cancellationToken);
        Detail = detail.Succeeded ? detail.Value : null;
        return Detail is not null;
    }

    public sealed class StepInput
    {
        public RequestEventKind Kind { get; set; }

        public DateOnly? On { get; set; }

        public long Version { get; set; }

        public ConsultationKind? Consultation { get; set; }

        public int? WorkingDays { get; set; }

        public string? DispositionKey { get; set; }

        public DateOnly? Until { get; set; }

        public decimal? FeeAmount { get; set; }

        public string? Note { get; set; }
    }
}
