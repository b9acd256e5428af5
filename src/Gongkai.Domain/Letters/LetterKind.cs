namespace Gongkai.Domain.Letters;

/// <summary>The official letters (公文) the request procedure produces (letters.md §2).</summary>
public enum LetterKind
{
    /// <summary>补正告知书 (Regulation Art. 30).</summary>
    CorrectionNotice,

    /// <summary>延期答复告知书 (Regulation Art. 33 ¶2).</summary>
    ExtensionNotice,

    /// <summary>第三方意见征询函 (Regulation Art. 32).</summary>
    ThirdPartyConsultation,

    /// <summary>收费通知书 (Regulation Art. 42; 国办函〔2020〕109号).</summary>
    FeeNotice,

    /// <summary>答复书 (Regulation Art. 36–39), worded per disposition.</summary>
    Reply,
}
