namespace Gongkai.Domain.Applicants;

/// <summary>The kind of identity document (身份证明) an applicant gives (Regulation Art. 29(一)).</summary>
public enum IdentityDocumentKind
{
    /// <summary>居民身份证 (GB 11643 number).</summary>
    ResidentIdCard,

    /// <summary>统一社会信用代码 (GB 32100).</summary>
    UnifiedSocialCreditCode,

    /// <summary>护照.</summary>
    Passport,

    /// <summary>其他身份证明.</summary>
    Other,
}
