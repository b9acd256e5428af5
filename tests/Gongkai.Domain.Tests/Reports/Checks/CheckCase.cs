using Gongkai.Domain.Reports;
using Gongkai.Domain.Reports.Checks;

namespace Gongkai.Domain.Tests.Reports.Checks;

/// <summary>
/// One row of a table-driven check test: a report and the rules it must break — exactly those, and
/// no other. An empty list means the report keeps every rule and yields no finding at all.
/// </summary>
public sealed record CheckCase(string Name, Func<AnnualReport> Report, string[] Breaks, Func<AnnualReport>? PreviousYear = null)
{
    internal CheckCase(string name, ReportBuilder builder, params string[] breaks)
        : this(name, builder.Build, breaks)
    {
    }

    public IReadOnlyList<Finding> Run() => AnnualReportChecks.Run(Report(), PreviousYear?.Invoke());

    /// <summary>Asserts the case: exactly the expected rules, or nothing.</summary>
    public void Verify()
    {
        var findings = Run();
        var rules = findings.Select(f => f.RuleId).Distinct().Order(StringComparer.Ordinal);
        Assert.True(
            rules.SequenceEqual(Breaks.Order(StringComparer.Ordinal)),
            $"{Name}: expected [{string.Join(", ", Breaks)}], got:\n{string.Join("\n", findings.Select(f => $"{f.RuleId} {f.Severity} {f.Message}"))}");
    }

    public override string ToString() => Name;
}
