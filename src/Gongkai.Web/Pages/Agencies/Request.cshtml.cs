using Gongkai.Application.Agencies;
using Gongkai.Application.PublicRequests;
using Gongkai.Web.Portal;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace Gongkai.Web.Pages.Agencies;

/// <summary>
/// The online request (Art. 28, 29). The receipt is rendered in the response to the POST (the secret must
/// not travel in a URL); a resubmission of the same form (double click, refresh) shows the same receipt.
/// </summary>
[EnableRateLimiting(PublicRateLimits.Forms)]
public sealed class RequestModel(AgencyDirectory directory, OnlineRequestDesk desk) : PageModel
{
    public Agency? Agency { get; private set; }

    public RequestReceipt? Receipt { get; private set; }

    public string? QrCode { get; private set; }

    public string? TrackUrl { get; private set; }

    [BindProperty]
    public OnlineRequestForm Input { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(string creditCode, CancellationToken cancellationToken)
    {
        Agency = await directory.FindByCreditCodeAsync(creditCode, cancellationToken);
        if (Agency is null)
        {
            return NotFound();
        }

        Input.Secret = TrackingSecret.NewSecret();
        Response.Headers.CacheControl = "no-store";
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string creditCode, CancellationToken cancellationToken)
    {
        Agency = await directory.FindByCreditCodeAsync(creditCode, cancellationToken);
        if (Agency is null)
        {
            return NotFound();
        }

        Response.Headers.CacheControl = "no-store";
        if (!TrackingSecret.IsWellFormed(Input.Secret))
        {
            Input.Secret = TrackingSecret.NewSecret();
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var result = await desk.SubmitAsync(Agency.Id, Input.ToRequest(), Input.Secret!, cancellationToken);
        if (!result.Succeeded)
        {
            var field = result.Error!.Field is { } name && typeof(OnlineRequestForm).GetProperty(name) is not null ? $"{nameof(Input)}.{name}" : string.Empty;
            ModelState.AddModelError(field, result.Error.Message);
            return Page();
        }

        Receipt = result.Value;
        TrackUrl = $"{Request.Scheme}://{Request.Host}/track?code={Receipt.TrackingCode}";
        QrCode = ReceiptQrCode.DataUri(TrackUrl);
        return Page();
    }
}
