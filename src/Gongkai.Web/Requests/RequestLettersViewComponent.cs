using Gongkai.Application.Letters;
using Gongkai.Application.Requests;
using Gongkai.Web.Staff;
using Microsoft.AspNetCore.Mvc;

namespace Gongkai.Web.Requests;

/// <summary>The letters section of a request's page: each step's letter to download, or to issue.</summary>
public sealed class RequestLettersViewComponent(CurrentStaff current, LetterDesk letters) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync(RequestDetail detail)
    {
        var (_, scope) = await current.GetAsync(HttpContext.RequestAborted);
        var list = await letters.ForRequestAsync(scope, detail.Record.Id, HttpContext.RequestAborted);
        return View(new RequestLettersView(detail.Record.Id, detail.CanAct, list.Succeeded ? list.Value : []));
    }
}
