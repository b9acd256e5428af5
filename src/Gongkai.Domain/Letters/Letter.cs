namespace Gongkai.Domain.Letters;

/// <summary>
/// The content of one official letter, frozen: what the DOCX shows, in order (letters.md §1.2 E1–E13). Built by
/// <see cref="LetterComposer"/>, which refuses a letter lacking a mandatory element.
/// </summary>
/// <param name="Kind">Which letter.</param>
/// <param name="IssuerName">The responsible agency's full name (the sign-off, letters.md §1.1).</param>
/// <param name="KindTitle">The letter's name after the agency's, e.g. 政府信息公开申请答复书.</param>
/// <param name="Number">发文字号, e.g. 新建路公开答〔2026〕3号 (GB/T 9704: year in 〔〕, no leading zeros).</param>
/// <param name="Addressee">收件人 (applicant or third party), without the trailing colon.</param>
/// <param name="Body">正文 paragraphs, each indented two characters in the layout.</param>
/// <param name="LegalBasis">The provisions the letter cites, full titles, down to article and item (E7).</param>
/// <param name="RemedyClause">救济途径 (E11, letters.md §1.5); null for procedural letters that carry none.</param>
/// <param name="Contact">联系人/电话/地址 of the disclosure office (E12).</param>
/// <param name="Date">成文日期.</param>
public sealed record Letter(
    LetterKind Kind,
    string IssuerName,
    string KindTitle,
    string Number,
    string Addressee,
    IReadOnlyList<string> Body,
    IReadOnlyList<string> LegalBasis,
    string? RemedyClause,
    string Contact,
    DateOnly Date)
{
    /// <summary>标题 (E1): the agency's full name and the letter's name.</summary>
    public string Title => IssuerName + KindTitle;

    /// <summary>The sign-off (落款): the agency's full name; the seal is pressed over it and the date.</summary>
    public string Signature => IssuerName;

    /// <summary>成文日期 as GB/T 9704 writes it: 2026年3月5日 (letters.md §1.4).</summary>
    public string DateText => ChineseDate.Format(Date);

    /// <summary>Every paragraph after the salutation, in order: body, remedy clause, contact.</summary>
    public IEnumerable<string> Paragraphs => RemedyClause is null ? [.. Body, Contact] : [.. Body, RemedyClause, Contact];
}
