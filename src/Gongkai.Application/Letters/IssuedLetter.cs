using Gongkai.Application.Persistence;
using Gongkai.Domain.Letters;

namespace Gongkai.Application.Letters;

/// <summary>
/// A letter as issued, frozen: the exact DOCX given to the applicant (or third party) with its hash, 文号 and date
/// (letters.md §1.6: keep the exact document that was sent; docs/decisions/ADR-009). A later change of the agency's
/// profile never changes an issued letter. One letter per step; numbers are never reused.
/// </summary>
public sealed class IssuedLetter : IAgencyOwned
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid AgencyId { get; set; }

    public Guid RequestId { get; set; }

    /// <summary>The recorded step the letter belongs to.</summary>
    public Guid StepId { get; set; }

    public LetterKind Kind { get; set; }

    /// <summary>The year of the 文号's sequence.</summary>
    public int Year { get; set; }

    /// <summary>The sequence within agency, kind and year (from 1, no gaps filled, never reused).</summary>
    public int Sequence { get; set; }

    /// <summary>发文字号, e.g. 新郑市新建路街道公开答〔2026〕3号.</summary>
    public required string Number { get; set; }

    public required string Title { get; set; }

    /// <summary>成文日期.</summary>
    public DateOnly IssuedOn { get; set; }

    public required string FileName { get; set; }

    /// <summary>The DOCX bytes.</summary>
    public required byte[] Content { get; set; }

    /// <summary>SHA-256 of <see cref="Content"/>, lower-case hex.</summary>
    public required string ContentSha256 { get; set; }

    public DateTimeOffset IssuedAt { get; set; }

    public string IssuedBy { get; set; } = "";
}
