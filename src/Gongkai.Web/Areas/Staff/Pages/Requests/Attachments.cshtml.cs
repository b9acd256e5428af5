using Gongkai.Application.Catalogue;
using Gongkai.Application.Requests.Attachments;
using Gongkai.Application.Results;
using Gongkai.Web.Requests;
using Gongkai.Web.Staff;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Gongkai.Web.Areas.Staff.Pages.Requests;

/// <summary>
/// The files kept with a request: upload (type by content, size limited), download, remove with a trace.
/// Successful changes return to the request's detail page; a refusal is shown here, beside the field.
/// </summary>
[UploadSizeGuard]
public sealed class AttachmentsModel(CurrentStaff current, RequestAttachments attachments) : PageModel
{
    public const string TooLarge = "附件不能超过 20 MB，该文件未上传。已保存的申请内容和附件不受影响。";

    public RequestAttachmentsView? Panel { get; private set; }

    [BindProperty]
    public IFormFile? Attachment { get; set; }

    [BindProperty]
    public RequestAttachmentKind Kind { get; set; } = RequestAttachmentKind.Other;

    [BindProperty]
    public string? Reason { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid id, string? refused, CancellationToken cancellationToken) =>
        await ShowAsync(id, refused == "size" ? TooLarge : null, null, null, cancellationToken);

    public async Task<IActionResult> OnGetDownloadAsync(Guid id, Guid attachmentId, CancellationToken cancellationToken)
    {
        var (_, scope) = await current.GetAsync(cancellationToken);
        var opened = await attachments.OpenAsync(scope, id, attachmentId, cancellationToken);
        return opened.Succeeded ? File(opened.Value.Content, opened.Value.ContentType, opened.Value.FileName) : NotFound();
    }

    public async Task<IActionResult> OnPostUploadAsync(Guid id, CancellationToken cancellationToken)
    {
        var (user, scope) = await current.GetAsync(cancellationToken);
        if (Attachment is null || Attachment.Length == 0)
        {
            return await ShowAsync(id, "请选择要上传的文件。", null, null, cancellationToken);
        }

        if (Attachment.Length > AttachmentPolicy.MaxBytes)
        {
            return await ShowAsync(id, TooLarge, null, null, cancellationToken);
        }

        using var buffer = new MemoryStream();
        await Attachment.CopyToAsync(buffer, cancellationToken);
        var result = await attachments.AttachAsync(scope, user, id, Kind, Attachment.FileName, buffer.ToArray(), cancellationToken);
        return result.Succeeded ? Done(id) : await RefusedAsync(id, result.Error!, upload: true, cancellationToken);
    }

    public async Task<IActionResult> OnPostRemoveAsync(Guid id, Guid attachmentId, CancellationToken cancellationToken)
    {
        var (user, scope) = await current.GetAsync(cancellationToken);
        var result = await attachments.RemoveAsync(scope, user, id, attachmentId, Reason, cancellationToken);
        return result.Succeeded ? Done(id) : await RefusedAsync(id, result.Error!, upload: false, cancellationToken, attachmentId);
    }

    private RedirectResult Done(Guid id) => Redirect($"/Staff/Requests/Detail/{id}?done=Attachment#attachments");

    private async Task<IActionResult> RefusedAsync(Guid id, Error error, bool upload, CancellationToken cancellationToken, Guid? removing = null)
    {
        if (error.Kind == ErrorKind.NotFound)
        {
            return NotFound();
        }

        if (error.Kind == ErrorKind.Forbidden)
        {
            Response.StatusCode = StatusCodes.Status403Forbidden;
        }

        return upload
            ? await ShowAsync(id, error.Message, null, null, cancellationToken)
            : await ShowAsync(id, null, removing, error.Message, cancellationToken);
    }

    private async Task<IActionResult> ShowAsync(Guid id, string? uploadError, Guid? removing, string? removalError, CancellationToken cancellationToken)
    {
        var (_, scope) = await current.GetAsync(cancellationToken);
        var listed = await attachments.ListAsync(scope, id, cancellationToken);
        if (!listed.Succeeded)
        {
            return NotFound();
        }

        Panel = new RequestAttachmentsView(id, listed.Value.Items, listed.Value.CanChange, Kind, uploadError, removing, Reason, removalError);
        return Page();
    }
}
