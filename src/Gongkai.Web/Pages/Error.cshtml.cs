using System.Diagnostics;
using Gongkai.Web.Hosting;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Gongkai.Web.Pages;

/// <summary>The page shown for any unexpected failure: a Chinese explanation, never a stack trace.</summary>
[IgnoreAntiforgeryToken]
[ResponseCache(Duration = 0, Location = ResponseCacheLocation.None, NoStore = true)]
public sealed class ErrorModel : PageModel
{
    public string Heading { get; private set; } = "系统出现错误";

    public string Explanation { get; private set; } = "服务器处理您的请求时出现错误，请稍后再试。";

    public string TraceId { get; private set; } = "";

    public void OnGet() => Describe();

    public void OnPost() => Describe();

    private void Describe()
    {
        TraceId = Activity.Current?.Id ?? HttpContext.TraceIdentifier;
        var failure = HttpContext.Features.Get<IExceptionHandlerFeature>()?.Error;
        if (failure is not null && DatabaseFailure.IsUnavailable(failure))
        {
            Heading = "数据库暂时无法连接";
            Explanation = "系统暂时无法连接数据库，您的操作没有被保存。请稍后再试；如多次出现，请联系系统管理员检查数据库服务。";
        }
    }
}
