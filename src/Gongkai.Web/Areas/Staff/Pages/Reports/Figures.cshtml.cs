using System.Globalization;
using Gongkai.Application.Reports;
using Gongkai.Application.Requests;
using Gongkai.Domain.Reports;
using Gongkai.Web.Staff;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Gongkai.Web.Areas.Staff.Pages.Reports;

/// <summary>The office enters table 二's administrative figures for a year, as that year's format asks.</summary>
public sealed class FiguresModel(CurrentStaff current, AdminFigures figures, OfficeToday today) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "year")]
    public int? Year { get; set; }

    public Dictionary<string, string?> Values { get; private set; } = new(StringComparer.Ordinal);

    /// <summary>The form field of a cell: dots would read as nested properties, so they become underscores.</summary>
    public static string FieldName(CellKey key) => "cell_" + key.ToString().Replace('.', '_');

    public int SelectedYear => Year is >= 2019 and <= 2100 ? Year.Value : today.Date.Year - 1;

    public IReadOnlyList<CellDefinition> Cells => ReportFormats.ForYear(SelectedYear).Table(TableKeys.Proactive).Cells.ToList();

    public bool CanWrite { get; private set; }

    public bool Saved { get; private set; }

    public async Task OnGetAsync(bool? saved, CancellationToken cancellationToken)
    {
        var (_, scope) = await current.GetAsync(cancellationToken);
        CanWrite = scope.CanChange(scope.HomeAgencyId);
        Saved = saved == true;
        var stored = await figures.GetAsync(scope.HomeAgencyId, SelectedYear, cancellationToken);
        Values = Cells.ToDictionary(c => c.Key.ToString(), c => (string?)(stored.TryGetValue(c.Key.ToString(), out var v) ? v.ToString("0.####", CultureInfo.InvariantCulture) : "0"), StringComparer.Ordinal);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var (_, scope) = await current.GetAsync(cancellationToken);
        CanWrite = scope.CanChange(scope.HomeAgencyId);
        var parsed = new Dictionary<string, decimal>(StringComparer.Ordinal);
        foreach (var cell in Cells)
        {
            var key = cell.Key.ToString();
            var text = Request.Form[FieldName(cell.Key)].ToString().Trim();
            Values[key] = text;
            if (string.IsNullOrEmpty(text))
            {
                parsed[key] = 0m;
            }
            else if (decimal.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out var value)
                && (value >= 0 || cell.Column.Kind == ValueKind.SignedCount))
            {
                parsed[key] = value;
            }
            else
            {
                ModelState.AddModelError(FieldName(cell.Key), $"“{cell.Row.Label} {cell.Column.Label}”应填写数字。");
            }
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var result = await figures.SaveAsync(scope, SelectedYear, parsed, cancellationToken);
        if (!result.Succeeded)
        {
            ModelState.AddModelError(string.Empty, result.Error!.Message);
            return Page();
        }

        return Redirect($"/Staff/Reports/Figures?year={SelectedYear}&saved=true");
    }
}
