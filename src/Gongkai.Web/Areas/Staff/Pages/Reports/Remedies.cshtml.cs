using Gongkai.Application.Reports;
using Gongkai.Application.Requests;
using Gongkai.Domain.Remedies;
using Gongkai.Web.Staff;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Gongkai.Web.Areas.Staff.Pages.Reports;

/// <summary>Reconsideration and litigation cases (table 四), each optionally linked to a request by its number.</summary>
public sealed class RemediesModel(CurrentStaff current, RemedyCases cases, OfficeToday today) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "year")]
    public int? Year { get; set; }

    [BindProperty]
    public RemedyInput Input { get; set; } = new();

    public int SelectedYear => Year is >= 2019 and <= 2100 ? Year.Value : today.Date.Year;

    public IReadOnlyList<RemedyCase> Cases { get; private set; } = [];

    public bool CanWrite { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var (_, scope) = await current.GetAsync(cancellationToken);
        if (Input.FiledOn is not { } filed)
        {
            ModelState.AddModelError("Input.FiledOn", "请填写申请复议或起诉的日期。");
            await LoadAsync(cancellationToken);
            return Page();
        }

        var result = await cases.AddAsync(scope, new RemedyCase
        {
            Kind = Input.Kind,
            FiledOn = filed,
            DecidedOn = Input.DecidedOn,
            Result = Input.Result,
            Body = Input.Body?.Trim() ?? "",
        }, Input.RequestNumber, cancellationToken);
        if (!result.Succeeded)
        {
            ModelState.Add(result.Error!);
            await LoadAsync(cancellationToken);
            return Page();
        }

        return Redirect($"/Staff/Reports/Remedies?year={filed.Year}");
    }

    public static string Label(RemedyKind kind) => kind switch
    {
        RemedyKind.Reconsideration => "行政复议",
        RemedyKind.LitigationDirect => "行政诉讼（未经复议直接起诉）",
        RemedyKind.LitigationAfterReconsideration => "行政诉讼（复议后起诉）",
    };

    public static string Label(RemedyResult result) => result switch
    {
        RemedyResult.Pending => "尚未审结",
        RemedyResult.Upheld => "结果维持",
        RemedyResult.Corrected => "结果纠正",
        RemedyResult.Other => "其他结果",
    };

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        var (_, scope) = await current.GetAsync(cancellationToken);
        CanWrite = scope.CanChange(scope.HomeAgencyId);
        Cases = await cases.ListAsync(scope, SelectedYear, cancellationToken);
    }

    public sealed class RemedyInput
    {
        public RemedyKind Kind { get; set; }

        public DateOnly? FiledOn { get; set; }

        public DateOnly? DecidedOn { get; set; }

        public RemedyResult Result { get; set; }

        public string? Body { get; set; }

        public string? RequestNumber { get; set; }
    }
}
