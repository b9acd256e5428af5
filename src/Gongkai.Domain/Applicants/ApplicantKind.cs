namespace Gongkai.Domain.Applicants;

/// <summary>
/// Who applied, as the annual report's table 三 columns divide applicants (申请人情况): a natural person, or an
/// organisation (法人或其他组织) of one of five kinds. Regulation Art. 27: 公民、法人或者其他组织.
/// </summary>
public enum ApplicantKind
{
    /// <summary>自然人.</summary>
    NaturalPerson,

    /// <summary>商业企业.</summary>
    Business,

    /// <summary>科研机构.</summary>
    ResearchInstitution,

    /// <summary>社会公益组织.</summary>
    PublicWelfareOrganisation,

    /// <summary>法律服务机构.</summary>
    LegalServiceProvider,

    /// <summary>其他 (other organisations).</summary>
    OtherOrganisation,
}
