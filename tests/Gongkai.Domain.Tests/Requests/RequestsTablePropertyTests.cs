using CsCheck;
using Gongkai.Domain.Applicants;
using Gongkai.Domain.Reports;
using Gongkai.Domain.Reports.Checks;
using Gongkai.Domain.Requests;
using static Gongkai.Domain.Tests.Requests.Sample;

namespace Gongkai.Domain.Tests.Requests;

public class RequestsTablePropertyTests
{
    private static readonly string[] TableRules = [CheckRules.RequestsBalance, CheckRules.RowTotals, CheckRules.DispositionTotal, CheckRules.RemedyTotals, CheckRules.SingleCount];

    /// <summary>One step of a random history: which step, days after the previous one, and a free number.</summary>
    private static readonly Gen<(RequestEventKind Kind, int Gap, int Extra)> Step =
        Gen.Select(Gen.Enum<RequestEventKind>(), Gen.Int[0, 45], Gen.Int[0, 1000]);

    /// <summary>A request pushed through the real lifecycle by random steps; refused steps are skipped.</summary>
    private static readonly Gen<RequestCase> History =
        Gen.Select(Gen.Enum<ApplicantKind>(), Gen.Int[0, (6 * 365) - 1], Step.Array[0, 10])
            .Select(t => Simulate(t.Item1, new DateOnly(2019, 1, 1).AddDays(t.Item2), t.Item3));

    [Fact(DisplayName = "随机申请记录计算出的表三都满足勾稽关系 K1–K5（AnnualReportChecks.Run 无相关问题）")]
    public void ComputedTables_KeepK1ToK5() =>
        History.Array[0, 40].Sample(
            cases =>
            {
                var entries = cases.Select(c => c.ToTableEntry()).ToList();
                foreach (var year in new[] { 2020, 2021, 2022, 2023, 2024 })
                {
                    foreach (var format in ReportFormats.All)
                    {
                        var report = RequestsTableCalculator.ToReport("测试机关", year, entries, format);
                        var findings = AnnualReportChecks.Run(report).Where(f => TableRules.Contains(f.RuleId)).ToList();
                        Assert.True(findings.Count == 0, string.Join("\n", findings.Select(f => f.Message)));
                        AssertBalance(report, entries, year);
                    }
                }
            },
            iter: 2000);

    /// <summary>K1 and K5 in their own arithmetic, independent of the checks: every request counted once.</summary>
    private static void AssertBalance(AnnualReport report, List<RequestTableEntry> entries, int year)
    {
        decimal Cell(string row) => report.Get(TableKeys.Requests, row, ApplicantColumns.Total).OrZero;
        var touching = entries.Count(e => e.ReceivedOn.Year <= year && (e.ConcludedOn is null || e.ConcludedOn.Value.Year >= year));
        var concluded = entries.Count(e => e.ConcludedOn?.Year == year);
        Assert.Equal(touching, Cell("new_received") + Cell("carried_over"));
        Assert.Equal(concluded, Cell("outcome_total"));
        Assert.Equal(touching - concluded, Cell("carried_forward"));
        var leaves = report.Definition.Dispositions.Sum(r => report.Get(TableKeys.Requests, r.Key, ApplicantColumns.Total).OrZero);
        Assert.Equal(concluded, leaves);
    }

    private static RequestCase Simulate(ApplicantKind kind, DateOnly receivedOn, (RequestEventKind Kind, int Gap, int Extra)[] steps)
    {
        var current = RequestCase.Register(Request(receivedOn.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), kind));
        foreach (var (stepKind, gap, extra) in steps)
        {
            var on = current.LastEventOn.AddDays(gap);
            if (on.Year > 2025)
            {
                break;
            }

            var step = stepKind switch
            {
                RequestEventKind.CorrectionRequested => RequestEvent.CorrectionRequested(on, on.AddDays(extra % 30)),
                RequestEventKind.CorrectionReceived => RequestEvent.CorrectionReceived(on),
                RequestEventKind.DeemedWithdrawn => RequestEvent.DeemedWithdrawn(on),
                RequestEventKind.ConsultationStarted => RequestEvent.ConsultationStarted(on, (ConsultationKind)(extra % 2)),
                RequestEventKind.ConsultationEnded => RequestEvent.ConsultationEnded(on),
                RequestEventKind.Extended => RequestEvent.Extended(on, extra % 25, extra % 3 == 0 ? string.Empty : "负责人"),
                RequestEventKind.DelayedReplySet => RequestEvent.DelayedReplySet(on, on.AddDays(extra % 90)),
                RequestEventKind.FeeNoticeIssued => RequestEvent.FeeNoticeIssued(on, extra, on.AddDays(28)),
                RequestEventKind.FeePaid => RequestEvent.FeePaid(on),
                RequestEventKind.FeeUnpaid => RequestEvent.FeeUnpaid(on),
                RequestEventKind.Replied => RequestEvent.Replied(on, Disposition.All[extra % Disposition.All.Count]),
                RequestEventKind.Withdrawn => RequestEvent.Withdrawn(on),
                RequestEventKind.Closed => RequestEvent.Closed(on),
            };
            var next = current.Apply(step, Calendar);
            if (next.IsSuccess)
            {
                current = next.Value;
            }
        }

        return current;
    }
}
