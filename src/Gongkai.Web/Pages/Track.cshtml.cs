using Gongkai.Application.PublicRequests;
using Gongkai.Web.Portal;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace Gongkai.Web.Pages;

/// <summary>
/// The applicant's tracking page: code and secret are posted (never put in a URL beyond the code), checked
/// in constant time, and a wrong pair is answered like an unknown code. Rate-limited per address.
/// </summary>
[EnableRateLimiting(PublicRateLimits.Forms)]
public sealed class TrackModel(OnlineRequestDesk desk) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Code { get; set; }

    [BindProperty]
    public string? Secret { get; set; }

    public RequestReceipt? Status { get; private set; }

    /// <summary>The secret just proven, carried in the no-store page's download form only.</summary>
    public string? SecretForReply { get; private set; }

    public void OnGet() => Response.Headers.CacheControl = "no-store";

    public async Task<IActionResult> OnPostReplyAsync(CancellationToken cancellationToken)
    {
        Response.Headers.CacheControl = "no-store";
        var reply = await desk.ReplyAsync(Code, Secret, cancellationToken);
        if (reply.Succeeded)
        {
            return File(reply.Value.Content, reply.Value.ContentType, reply.Value.FileName);
        }

        ModelState.AddModelError(string.Empty, reply.Error!.Message);
        Secret = null;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        Response.Headers.CacheControl = "no-store";
        var result = await desk.TrackAsync(Code, Secret, cancellationToken);
        if (result.Succeeded)
        {
            Status = result.Value;
            SecretForReply = Secret;
        }
        else
        {
            ModelState.AddModelError(string.Empty, result.Error!.Message);
        }

        Secret = null;
        return Page();
    }
}
