using Gongkai.Application.Requests.Attachments;
using Gongkai.Web.Staff;
using Microsoft.AspNetCore.Mvc;

namespace Gongkai.Web.Requests;

/// <summary>The attachments panel on a request's detail page (a component, so the detail page model stays untouched).</summary>
[ViewComponent(Name = "RequestAttachments")]
public sealed class RequestAttachmentsPanel(CurrentStaff current, RequestAttachments attachments) : ViewComponent
{
    public const string ViewPath = "/Areas/Staff/Pages/Requests/_RequestAttachments.cshtml";

    public async Task<IViewComponentResult> InvokeAsync(Guid requestId, bool canAct)
    {
        var (_, scope) = await current.GetAsync(HttpContext.RequestAborted);
        var listed = await attachments.ListAsync(scope, requestId, HttpContext.RequestAborted);
        return View(ViewPath, new RequestAttachmentsView(requestId, listed.Succeeded ? listed.Value.Items : [], canAct && listed.Succeeded && listed.Value.CanChange));
    }
}
