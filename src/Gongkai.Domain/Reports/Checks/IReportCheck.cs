namespace Gongkai.Domain.Reports.Checks;

/// <summary>One rule of §3.6, run over one report.</summary>
internal interface IReportCheck
{
    IEnumerable<Finding> Check(CheckContext context);
}
