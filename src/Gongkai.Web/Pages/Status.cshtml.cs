using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Gongkai.Web.Pages;

/// <summary>Chinese pages for error status codes without a body (404, 400, 405…).</summary>
[IgnoreAntiforgeryToken]
public sealed class StatusModel : PageModel
{
    public string Heading { get; private set; } = "";

    public string Explanation { get; private set; } = "";

    public void OnGet(int code) => Describe(code);

    public void OnPost(int code) => Describe(code);

    private void Describe(int code) => (Heading, Explanation) = code switch
    {
        StatusCodes.Status404NotFound => ("页面不存在", "您访问的页面不存在或已被移除。"),
        StatusCodes.Status400BadRequest => ("请求无效", "请求无法处理。如果您在提交表单，请刷新页面后重新提交。"),
        StatusCodes.Status403Forbidden => ("无权访问", "您的账号没有访问该页面的权限。"),
        StatusCodes.Status405MethodNotAllowed => ("请求方式不被允许", "该地址不支持此种请求方式。"),
        _ => ("请求未能完成", "请求未能完成，请稍后再试。"),
    };
}
