namespace Gongkai.Domain.Applicants;

/// <summary>
/// The applicant as Regulation Art. 29(一) requires: name, identity document and contact details, with the kind that
/// decides the table 三 column. Personal data: <see cref="ToString"/> shows only the kind and a masked number.
/// </summary>
/// <param name="Kind">Natural person or one of the five kinds of organisation.</param>
/// <param name="Name">姓名或者名称.</param>
/// <param name="Identity">身份证明.</param>
/// <param name="Contact">联系方式 (address, telephone, e-mail).</param>
public sealed record Applicant(ApplicantKind Kind, string Name, IdentityDocument Identity, string Contact)
{
    /// <inheritdoc />
    public override string ToString() => $"{Kind.ChineseName()} {Identity}";
}
