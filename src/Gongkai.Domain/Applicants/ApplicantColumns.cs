namespace Gongkai.Domain.Applicants;

/// <summary>The one mapping from applicant kinds to table 三's column keys (申请人情况).</summary>
public static class ApplicantColumns
{
    /// <summary>Table 三's 总计 column.</summary>
    public const string Total = "total";

    /// <summary>The column key of an applicant kind, e.g. <c>natural_person</c>, <c>business</c>.</summary>
    public static string ColumnKey(this ApplicantKind kind) => kind switch
    {
        ApplicantKind.NaturalPerson => "natural_person",
        ApplicantKind.Business => "business",
        ApplicantKind.ResearchInstitution => "research_institution",
        ApplicantKind.PublicWelfareOrganisation => "public_welfare_org",
        ApplicantKind.LegalServiceProvider => "legal_service_org",
        ApplicantKind.OtherOrganisation => "other_org",
    };

    /// <summary>The kind's Chinese name as printed in the report header.</summary>
    public static string ChineseName(this ApplicantKind kind) => kind switch
    {
        ApplicantKind.NaturalPerson => "自然人",
        ApplicantKind.Business => "商业企业",
        ApplicantKind.ResearchInstitution => "科研机构",
        ApplicantKind.PublicWelfareOrganisation => "社会公益组织",
        ApplicantKind.LegalServiceProvider => "法律服务机构",
        ApplicantKind.OtherOrganisation => "其他组织",
    };

    /// <summary>All six kinds in the column order of table 三.</summary>
    public static IReadOnlyList<ApplicantKind> InColumnOrder { get; } =
    [
        ApplicantKind.NaturalPerson,
        ApplicantKind.Business,
        ApplicantKind.ResearchInstitution,
        ApplicantKind.PublicWelfareOrganisation,
        ApplicantKind.LegalServiceProvider,
        ApplicantKind.OtherOrganisation,
    ];
}
