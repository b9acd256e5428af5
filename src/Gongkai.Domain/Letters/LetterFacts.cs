using Gongkai.Domain.Requests;

namespace Gongkai.Domain.Letters;

/// <summary>
/// The facts of a case a letter is composed from. Every date comes from the case record, none is typed by hand
/// (letters.md §1.4); only <see cref="Particulars"/> is the clerk's own wording (reasons, defects, how to obtain).
/// </summary>
public sealed record LetterFacts
{
    /// <summary>Which letter.</summary>
    public required LetterKind Kind { get; init; }

    /// <summary>发文字号 allotted to this letter (see <see cref="LetterNumber"/>).</summary>
    public required string Number { get; init; }

    /// <summary>成文日期: the day the step was recorded.</summary>
    public required DateOnly IssuedOn { get; init; }

    /// <summary>申请人的姓名或者名称 (Art. 29(一)).</summary>
    public required string ApplicantName { get; init; }

    /// <summary>收到申请之日 (Art. 31).</summary>
    public required DateOnly ReceivedOn { get; init; }

    /// <summary>How the request came in.</summary>
    public required RequestChannel Channel { get; init; }

    /// <summary>The requested information as the applicant described it (Art. 29(二)).</summary>
    public required string Description { get; init; }

    /// <summary>The steps recorded before this letter, for the procedural facts (E5) and the correction date (E4(d)).</summary>
    public IReadOnlyList<RequestEvent> EarlierSteps { get; init; } = [];

    /// <summary>The clerk's case-specific wording: reasons, defects to correct, how to obtain, fee calculation.</summary>
    public string? Particulars { get; init; }

    /// <summary>The date the letter sets: correction deadline, new reply deadline, third party's deadline or payment deadline.</summary>
    public DateOnly? Until { get; init; }

    /// <summary>Length of the extension in working days (<see cref="LetterKind.ExtensionNotice"/>).</summary>
    public int? WorkingDays { get; init; }

    /// <summary>The fee in yuan (<see cref="LetterKind.FeeNotice"/>).</summary>
    public decimal? FeeAmount { get; init; }

    /// <summary>The third party consulted (<see cref="LetterKind.ThirdPartyConsultation"/>): the letter's addressee.</summary>
    public string? ThirdParty { get; init; }

    /// <summary>The disposition of a reply (<see cref="LetterKind.Reply"/>).</summary>
    public Disposition? Disposition { get; init; }

    /// <summary>True when the letter is served through an internet channel (adds the online 复议 channel, 行政复议法 Art. 22 ¶2).</summary>
    public bool ServedElectronically { get; init; }
}
