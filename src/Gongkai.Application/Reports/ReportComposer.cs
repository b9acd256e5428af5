using Gongkai.Application.Agencies;
using Gongkai.Application.Persistence;
using Gongkai.Domain.Remedies;
using Gongkai.Domain.Reports;
using Gongkai.Domain.Requests;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Application.Reports;

/// <summary>
/// Builds a year's annual report from the records (architecture decision 1: derived, never typed twice):
/// table 二 from the office's figures, table 三 by the domain's <see cref="RequestsTableCalculator"/>,
/// table 四 from the remedy cases; the narrative as written; the year picks the format.
/// </summary>
public sealed class ReportComposer(GongkaiDbContext db)
{
    public async Task<AnnualReport> ComposeAsync(Agency agency, int year, ReportNarrative narrative, CancellationToken cancellationToken = default)
    {
        var format = ReportFormats.ForYear(year);
        var cells = new Dictionary<CellKey, CellValue>();

        var figures = await db.Set<AdminFigure>().AsNoTracking()
            .Where(f => f.AgencyId == agency.Id && f.Year == year)
            .ToDictionaryAsync(f => f.CellKey, f => f.Value, StringComparer.Ordinal, cancellationToken);
        foreach (var cell in format.Table(TableKeys.Proactive).Cells)
        {
            cells[cell.Key] = CellValue.Of(figures.GetValueOrDefault(cell.Key.ToString()));
        }

        var first = new DateOnly(year, 1, 1);
        var last = new DateOnly(year, 12, 31);
        var requests = await db.Requests.AsNoTracking()
            .Where(r => r.AgencyId == agency.Id && r.ReceivedOn <= last && (r.ConcludedOn == null || r.ConcludedOn >= first))
            .Select(r => new { r.ApplicantKind, r.ReceivedOn, r.ConcludedOn, r.DispositionKey })
            .ToListAsync(cancellationToken);
        var entries = requests.Select(r => new RequestTableEntry(
            r.ApplicantKind, r.ReceivedOn, r.ConcludedOn, r.DispositionKey is null ? null : Disposition.Parse(r.DispositionKey)));
        foreach (var (key, value) in RequestsTableCalculator.Compute(year, entries, format))
        {
            cells[key] = value;
        }

        var remedies = await db.Set<RemedyCase>().AsNoTracking()
            .Where(r => r.AgencyId == agency.Id && r.FiledOn >= first && r.FiledOn <= last)
            .Select(r => new { r.Kind, r.FiledOn, r.DecidedOn, r.Result })
            .ToListAsync(cancellationToken);
        foreach (var (key, value) in RemediesTableCalculator.Compute(year, remedies.Select(r => new RemedyFiling(r.Kind, r.FiledOn, r.DecidedOn, r.Result))))
        {
            cells[key] = value;
        }

        var sections = format.Sections.Select(s => new ReportSection(s.Number, s.Numeral + "、", s.Title, Paragraphs(s.Number switch
        {
            1 => narrative.Overview,
            5 => narrative.Problems,
            6 => narrative.OtherMatters,
            _ => "",
        }))).ToList();
        return new AnnualReport(agency.Name, year, format.Format, sections, cells, Preamble(agency, year));
    }

    private static List<ReportParagraph> Paragraphs(string text) =>
        text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(p => new ReportParagraph(p)).ToList();

    private static List<ReportParagraph> Preamble(Agency agency, int year) =>
    [
        new("本报告根据《中华人民共和国政府信息公开条例》要求编制，内容包括总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况、政府信息公开行政复议、行政诉讼情况、存在的主要问题及改进情况、其他需要报告的事项。"),
        new($"本报告中所列数据的统计期限自{year}年1月1日至{year}年12月31日止。如对本报告有任何疑问，请与{agency.Name}{agency.DisclosureOffice}联系（地址：{agency.Address}；联系电话：{agency.Phone}" + (string.IsNullOrEmpty(agency.Email) ? "" : $"；邮箱：{agency.Email}") + "）。"),
    ];
}
