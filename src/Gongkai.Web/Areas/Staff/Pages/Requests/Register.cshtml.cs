using Gongkai.Application.Requests;
using Gongkai.Domain.Applicants;
using Gongkai.Domain.Requests;
using Gongkai.Web.Staff;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Gongkai.Web.Areas.Staff.Pages.Requests;

/// <summary>Registers a request from any channel; errors appear beside the field, nothing typed is lost.</summary>
public sealed class RegisterModel(CurrentStaff current, RequestRegistrar registrar, OfficeToday today) : PageModel
{
    [BindProperty]
    public RegisterInput Input { get; set; } = new();

    public void OnGet()
    {
        Input.SubmittedOn = today.Date;
        Input.ConfirmedOn = today.Date;
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var (_, scope) = await current.GetAsync(cancellationToken);
        var result = await registrar.RegisterAsync(scope, Input.ToRegistration(), cancellationToken);
        if (!result.Succeeded)
        {
            ModelState.Add(result.Error!);
            return Page();
        }

        return Redirect($"/Staff/Requests/Detail/{result.Value.Id}?done=registered");
    }

    public sealed class RegisterInput
    {
        public RequestChannel Channel { get; set; } = RequestChannel.InPerson;

        public DateOnly SubmittedOn { get; set; }

        public DateOnly? SignedForOn { get; set; }

        public DateOnly? ConfirmedOn { get; set; }

        public ApplicantKind ApplicantKind { get; set; }

        public string? ApplicantName { get; set; }

        public IdentityDocumentKind IdentityKind { get; set; }

        public string? IdentityNumber { get; set; }

        public string? Contact { get; set; }

        public string? Description { get; set; }

        public RequestedForm Form { get; set; }

        public DeliveryMethod Delivery { get; set; }

        public RequestRegistration ToRegistration() => new(
            Channel, SubmittedOn, SignedForOn, ConfirmedOn, ApplicantKind, ApplicantName ?? "", IdentityKind,
            IdentityNumber ?? "", Contact ?? "", Description ?? "", Form, Delivery);
    }
}
