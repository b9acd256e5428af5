using Gongkai.Application.Agencies;
using Gongkai.Application.Catalogue;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Gongkai.Web.Pages.Agencies;

/// <summary>Downloads an attachment of a published item (Art. 24: 下载), always as a file, never rendered inline.</summary>
public sealed class AttachmentModel(AgencyDirectory directory, PublicColumn column) : PageModel
{
    public async Task<IActionResult> OnGetAsync(string creditCode, Guid id, Guid attachmentId, CancellationToken cancellationToken)
    {
        var agency = await directory.FindByCreditCodeAsync(creditCode, cancellationToken);
        var attachment = agency is null ? null : await column.AttachmentAsync(agency.Id, id, attachmentId, cancellationToken);
        return attachment is null ? NotFound() : File(attachment.Content, attachment.ContentType, attachment.FileName);
    }
}
