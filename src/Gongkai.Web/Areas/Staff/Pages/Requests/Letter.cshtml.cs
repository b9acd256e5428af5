using Gongkai.Application.Letters;
using Gongkai.Application.Results;
using Gongkai.Documents.Letters;
using Gongkai.Web.Staff;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Gongkai.Web.Areas.Staff.Pages.Requests;

/// <summary>
/// The letter of one step of a request: GET downloads the issued DOCX exactly as issued; POST issues it with the
/// clerk's wording. Another agency's request is a 404; a read-only account gets 403 on issuing.
/// </summary>
public sealed class LetterModel(CurrentStaff current, LetterDesk letters) : PageModel
{
    public Guid Id { get; private set; }

    [BindProperty]
    public string? Particulars { get; set; }

    [BindProperty]
    public string? ThirdParty { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid id, Guid step, CancellationToken cancellationToken)
    {
        var (_, scope) = await current.GetAsync(cancellationToken);
        var letter = await letters.GetAsync(scope, id, step, cancellationToken);
        return letter.Succeeded ? File(letter.Value.Content, LetterDocxWriter.ContentType, letter.Value.FileName) : NotFound();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, Guid step, CancellationToken cancellationToken)
    {
        Id = id;
        var (user, scope) = await current.GetAsync(cancellationToken);
        var issued = await letters.IssueAsync(scope, user, id, step, new LetterInput(Particulars, ThirdParty), cancellationToken);
        if (issued.Succeeded)
        {
            return Redirect($"/Staff/Requests/Detail/{id}?done=Letter");
        }

        switch (issued.Error!.Kind)
        {
            case ErrorKind.NotFound:
                return NotFound();
            case ErrorKind.Forbidden:
                return StatusCode(StatusCodes.Status403Forbidden);
            default:
                ModelState.AddModelError(string.Empty, issued.Error.Message);
                return Page();
        }
    }
}
