using System.ComponentModel.DataAnnotations;
using System.Text.RegularExpressions;
using Gongkai.Application.PublicRequests;
using Gongkai.Domain.Applicants;
using Gongkai.Domain.Requests;

namespace Gongkai.Web.Portal;

/// <summary>The online request form (Art. 29); every problem is reported beside its field, in Chinese.</summary>
public sealed partial class OnlineRequestForm : IValidatableObject
{
    public ApplicantKind ApplicantKind { get; set; } = ApplicantKind.NaturalPerson;

    [Required(ErrorMessage = "请填写申请人的姓名或者名称。")]
    [StringLength(100, ErrorMessage = "姓名或者名称不超过 100 字。")]
    public string? ApplicantName { get; set; }

    public IdentityDocumentKind IdentityKind { get; set; } = IdentityDocumentKind.ResidentIdCard;

    [Required(ErrorMessage = "请填写身份证明的号码。")]
    [StringLength(40, ErrorMessage = "证件号码不超过 40 位。")]
    public string? IdentityNumber { get; set; }

    [Required(ErrorMessage = "请填写联系电话。")]
    public string? Phone { get; set; }

    [EmailAddress(ErrorMessage = "电子邮箱格式不正确。")]
    [StringLength(200)]
    public string? Email { get; set; }

    [StringLength(200, ErrorMessage = "通信地址不超过 200 字。")]
    public string? Address { get; set; }

    [Required(ErrorMessage = "请描述所需的政府信息：名称、文号或者便于查询的其他特征。")]
    [StringLength(4000, MinimumLength = 5, ErrorMessage = "所需信息的描述应为 5 至 4000 字。")]
    public string? Description { get; set; }

    public RequestedForm Form { get; set; } = RequestedForm.Electronic;

    public DeliveryMethod Delivery { get; set; } = DeliveryMethod.Online;

    /// <summary>The form's secret, also its idempotency token (see <see cref="RequestTicket"/>).</summary>
    public string? Secret { get; set; }

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (!string.IsNullOrWhiteSpace(Phone) && !PhonePattern().IsMatch(Phone.Trim()))
        {
            yield return new ValidationResult("联系电话应为 11 位手机号码或带区号的固定电话（如 0371-62593612）。", [nameof(Phone)]);
        }

        if (string.IsNullOrWhiteSpace(IdentityNumber))
        {
            yield break;
        }

        var natural = ApplicantKind == ApplicantKind.NaturalPerson;
        var refusal = IdentityKind switch
        {
            IdentityDocumentKind.ResidentIdCard when !natural => "法人或者其他组织请选择统一社会信用代码等身份证明。",
            IdentityDocumentKind.ResidentIdCard => ResidentIdNumber.Parse(IdentityNumber).Refusal,
            IdentityDocumentKind.UnifiedSocialCreditCode when natural => "自然人请选择居民身份证等身份证明。",
            IdentityDocumentKind.UnifiedSocialCreditCode => UnifiedSocialCreditCode.Parse(IdentityNumber).Refusal,
            _ => null,
        };
        if (refusal is not null)
        {
            yield return new ValidationResult(refusal, [nameof(IdentityNumber)]);
        }
    }

    public OnlineRequest ToRequest() => new(
        ApplicantKind, ApplicantName!, IdentityKind, IdentityNumber!, Phone!, Email, Address, Description!, Form, Delivery);

    [GeneratedRegex(@"^(1[3-9]\d{9}|0\d{2,3}-?\d{7,8}(-\d{1,6})?)$")]
    private static partial Regex PhonePattern();
}
