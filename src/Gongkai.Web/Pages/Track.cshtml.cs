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

    public void OnGet() => Response.Headers.CacheControl = "no-store";

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        Response.Headers.CacheControl = "no-store";
        var result = await desk.TrackAsync(Code, Secret, cancellationToken);
        if (result.Succeeded)
        {
            Status = result.Value;
        }
        else
        {
            ModelState.AddModelError(string.Empty, result.Error!.Message);
        }

        Secret = null;
        return Page();
    }
}
