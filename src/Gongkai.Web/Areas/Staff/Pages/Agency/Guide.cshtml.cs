using Gongkai.Application.Catalogue;
using Gongkai.Application.Results;
using Gongkai.Web.Staff;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Gongkai.Web.Areas.Staff.Pages.Agency;

/// <summary>
/// The agency's 索引号 template and 政府信息公开指南 (Art. 12): the guide generated from the agency's data,
/// with text the administrator adds to or puts in place of each section. Others in the agency see it read-only.
/// </summary>
public sealed class GuideModel(CurrentStaff current, CatalogueSettingsDesk desk) : PageModel
{
    public CatalogueSettingsView? Settings { get; private set; }

    public bool Saved { get; private set; }

    [BindProperty]
    public SettingsInput Input { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(bool saved, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
        {
            return NotFound();
        }

        Saved = saved;
        Input = SettingsInput.From(Settings!);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
        {
            return NotFound();
        }

        var (_, scope) = await current.GetAsync(cancellationToken);
        var result = await desk.SaveAsync(scope, current.Roles, Input.ToInput(), cancellationToken);
        if (result.Succeeded)
        {
            return Redirect("/Staff/Agency/Guide?saved=true");
        }

        var error = result.Error!;
        if (error.Kind == ErrorKind.Forbidden)
        {
            Response.StatusCode = StatusCodes.Status403Forbidden;
        }

        ModelState.Add(error, nameof(Input));
        return Page();
    }

    private async Task<bool> LoadAsync(CancellationToken cancellationToken)
    {
        var (_, scope) = await current.GetAsync(cancellationToken);
        var found = await desk.GetAsync(scope, current.Roles, cancellationToken);
        Settings = found.Succeeded ? found.Value : null;
        return Settings is not null;
    }

    public sealed class SettingsInput
    {
        public string? IndexTemplate { get; set; }

        public string? Fax { get; set; }

        public long Version { get; set; }

        /// <summary>Per generated section (index 0 = section 1): the office's text.</summary>
        public List<string?> SectionText { get; set; } = [];

        /// <summary>Per generated section: true when the text replaces the generated paragraphs.</summary>
        public List<bool> SectionReplaces { get; set; } = [];

        public static SettingsInput From(CatalogueSettingsView view)
        {
            var count = view.GeneratedGuide.Sections.Count;
            return new SettingsInput
            {
                IndexTemplate = view.IndexTemplate,
                Fax = view.Fax,
                Version = view.Version,
                SectionText = Enumerable.Range(1, count).Select(n => view.GuideEdits.FirstOrDefault(e => e.Section == n)?.Text).ToList(),
                SectionReplaces = Enumerable.Range(1, count).Select(n => view.GuideEdits.FirstOrDefault(e => e.Section == n)?.ReplacesGenerated ?? false).ToList(),
            };
        }

        public CatalogueSettingsInput ToInput() => new(
            IndexTemplate ?? "",
            Fax ?? "",
            SectionText.Select((text, i) => new GuideSectionEdit(i + 1, i < SectionReplaces.Count && SectionReplaces[i], text ?? "")).ToList(),
            Version);
    }
}
