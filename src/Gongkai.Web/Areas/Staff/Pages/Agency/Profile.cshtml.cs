using System.ComponentModel.DataAnnotations;
using Gongkai.Application.Agencies;
using Gongkai.Web.Staff;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Gongkai.Web.Areas.Staff.Pages.Agency;

/// <summary>The staff member's own agency's public contact details (Art. 12), with conflict detection.</summary>
public sealed class ProfileModel(CurrentStaff current, AgencyProfiles profiles) : PageModel
{
    [BindProperty]
    public ProfileInput Input { get; set; } = new();

    public string AgencyName { get; private set; } = "";

    public string CreditCode { get; private set; } = "";

    public bool CanWrite { get; private set; }

    public bool Saved { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var (user, scope) = await current.GetAsync(cancellationToken);
        var agency = await profiles.GetAsync(scope, user.AgencyId, cancellationToken);
        if (!agency.Succeeded)
        {
            return NotFound();
        }

        Show(agency.Value, scope.CanChange(user.AgencyId));
        Input = ProfileInput.From(agency.Value);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var (user, scope) = await current.GetAsync(cancellationToken);
        var existing = await profiles.GetAsync(scope, user.AgencyId, cancellationToken);
        if (!existing.Succeeded)
        {
            return NotFound();
        }

        Show(existing.Value, scope.CanChange(user.AgencyId));
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var details = new AgencyContactDetails(Input.Address ?? "", Input.Phone ?? "", Input.Email ?? "", Input.OfficeHours ?? "", Input.DisclosureOffice ?? "", Input.Version, Input.ReviewBody, Input.OnlineReviewChannel, Input.LetterCode);
        var result = await profiles.UpdateContactDetailsAsync(scope, user.AgencyId, details, cancellationToken);
        if (!result.Succeeded)
        {
            ModelState.Add(result.Error!);
            return Page();
        }

        Saved = true;
        ModelState.Clear();
        Input = ProfileInput.From(result.Value);
        return Page();
    }

    private void Show(Gongkai.Application.Agencies.Agency agency, bool canWrite)
    {
        AgencyName = agency.Name;
        CreditCode = agency.CreditCode;
        CanWrite = canWrite;
    }

    public sealed class ProfileInput
    {
        [StringLength(100, ErrorMessage = "不能超过100个字。")]
        public string? DisclosureOffice { get; set; }

        [StringLength(300, ErrorMessage = "不能超过300个字。")]
        public string? Address { get; set; }

        [StringLength(200, ErrorMessage = "不能超过200个字。")]
        public string? OfficeHours { get; set; }

        [RegularExpression(@"^[0-9\-－() （）、,，转]{0,50}$", ErrorMessage = "电话号码只能包含数字、“-”和括号。")]
        public string? Phone { get; set; }

        [EmailAddress(ErrorMessage = "电子邮箱格式不正确。")]
        public string? Email { get; set; }

        /// <summary>Null when the field was not posted (left unchanged); empty when cleared.</summary>
        [StringLength(200, ErrorMessage = "不能超过200个字。")]
        [DisplayFormat(ConvertEmptyStringToNull = false)]
        public string? ReviewBody { get; set; }

        [StringLength(300, ErrorMessage = "不能超过300个字。")]
        [DisplayFormat(ConvertEmptyStringToNull = false)]
        public string? OnlineReviewChannel { get; set; }

        /// <summary>
        /// Null when the field was not posted (left unchanged); empty when cleared. Its length and characters are
        /// checked by <see cref="Gongkai.Domain.Letters.LetterNumber.AgencyCodeProblem"/>, whose message shows beside it.
        /// </summary>
        [DisplayFormat(ConvertEmptyStringToNull = false)]
        public string? LetterCode { get; set; }

        public long Version { get; set; }

        public static ProfileInput From(Gongkai.Application.Agencies.Agency agency) => new()
        {
            DisclosureOffice = agency.DisclosureOffice,
            Address = agency.Address,
            OfficeHours = agency.OfficeHours,
            Phone = agency.Phone,
            Email = agency.Email,
            ReviewBody = agency.ReviewBody,
            OnlineReviewChannel = agency.OnlineReviewChannel,
            LetterCode = agency.LetterCode,
            Version = agency.Version,
        };
    }
}
