using Gongkai.Domain.Applicants;
using Gongkai.Domain.Reports;
using Gongkai.Domain.Requests;
using static Gongkai.Domain.Tests.Requests.Sample;

namespace Gongkai.Domain.Tests.Requests;

public class RequestsTableCalculatorTests
{
    private static readonly RequestTableEntry[] Entries =
    [
        new(ApplicantKind.NaturalPerson, D("2023-12-20"), D("2024-01-15"), Disposition.Disclosed), // carried over, concluded
        new(ApplicantKind.NaturalPerson, D("2023-11-01"), D("2023-11-20"), Disposition.Disclosed), // all in 2023
        new(ApplicantKind.Business, D("2024-03-01"), D("2024-03-20"), Disposition.Parse("partly_disclosed")),
        new(ApplicantKind.Business, D("2024-03-02"), D("2024-03-25"), Disposition.OtherNoCorrection),
        new(ApplicantKind.LegalServiceProvider, D("2024-05-01"), D("2024-05-10"), Disposition.OtherFeeUnpaid),
        new(ApplicantKind.ResearchInstitution, D("2024-12-25"), null, null), // carried forward
        new(ApplicantKind.OtherOrganisation, D("2022-06-01"), null, null), // open since 2022: carried over and forward
        new(ApplicantKind.PublicWelfareOrganisation, D("2025-01-05"), null, null), // next year
    ];

    [Theory(DisplayName = "由申请记录计算表三：新收、结转、办理结果、结转下年度")]
    [InlineData("new_received", "total", 4)]
    [InlineData("new_received", "business", 2)]
    [InlineData("carried_over", "natural_person", 1)]
    [InlineData("carried_over", "other_org", 1)]
    [InlineData("carried_over", "total", 2)]
    [InlineData("disclosed", "natural_person", 1)]
    [InlineData("partly_disclosed", "business", 1)]
    [InlineData("other_no_correction", "business", 1)]
    [InlineData("other_fee_unpaid", "legal_service_org", 1)]
    [InlineData("outcome_total", "total", 4)]
    [InlineData("carried_forward", "research_institution", 1)]
    [InlineData("carried_forward", "other_org", 1)]
    [InlineData("carried_forward", "total", 2)]
    [InlineData("withheld_state_secret", "total", 0)]
    public void Compute2024_In2021Format(string row, string column, int expected) =>
        Assert.Equal(expected, RequestsTableCalculator.Compute(2024, Entries)[new CellKey(TableKeys.Requests, row, column)].Number);

    [Fact(DisplayName = "2019 年格式：（六）其他处理一行合计 2021 年格式的三行")]
    public void Compute_In2019Format_FoldsOtherHandling()
    {
        var cells = RequestsTableCalculator.Compute(2024, Entries, ReportFormats.Trial2019);
        Assert.Equal(2, cells[new CellKey(TableKeys.Requests, "other", "total")].Number);
        Assert.Equal(ReportFormats.Trial2019.Table(TableKeys.Requests).Cells.Count(), cells.Count);
    }

    [Fact(DisplayName = "每个单元格都有值（无申请时为 0，而不是空白）")]
    public void Compute_FillsEveryCell()
    {
        var cells = RequestsTableCalculator.Compute(2021, []);
        Assert.Equal(175, cells.Count);
        Assert.All(cells.Values, v => Assert.Equal(0m, v.Number));
    }

    [Fact(DisplayName = "有办结日期却无办理结果的记录被拒绝")]
    public void Compute_RejectsInconsistentRecords() =>
        Assert.Throws<ArgumentException>(() => RequestsTableCalculator.Compute(2024, [new RequestTableEntry(ApplicantKind.Business, D("2024-01-02"), D("2024-01-10"), null)]));

    [Fact(DisplayName = "申请人类别的顺序与表三的列一致")]
    public void ApplicantColumns_FollowTheTable() =>
        Assert.Equal(
            ReportFormats.Revised2021.Table(TableKeys.Requests).Blocks[0].Columns.Select(c => c.Key).SkipLast(1),
            ApplicantColumns.InColumnOrder.Select(k => k.ColumnKey()));
}
