using Gongkai.Domain.Applicants;

namespace Gongkai.Domain.Requests;

/// <summary>
/// A request for disclosure (政府信息公开申请) with the content Regulation Art. 29 requires.
/// </summary>
/// <param name="Applicant">申请人的姓名或者名称、身份证明、联系方式 (Art. 29(一)).</param>
/// <param name="Channel">How it came in (Art. 29, 31).</param>
/// <param name="ReceivedOn">收到申请之日, determined per Art. 31 (see <see cref="ReceiptEvidence.ReceiptDate"/>).</param>
/// <param name="Description">申请公开的政府信息的名称、文号或者特征性描述 (Art. 29(二)).</param>
/// <param name="Form">形式要求 (Art. 29(三)).</param>
/// <param name="Delivery">获取信息的方式、途径 (Art. 29(三)).</param>
public sealed record DisclosureRequest(
    Applicant Applicant,
    RequestChannel Channel,
    DateOnly ReceivedOn,
    string Description,
    RequestedForm Form,
    DeliveryMethod Delivery);
