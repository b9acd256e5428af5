using Gongkai.Domain.Reports;

namespace Gongkai.Documents.Writing;

/// <summary>
/// The order in which a report is written: title, preamble, then each section with its paragraphs,
/// and each table right after the section that holds it. A table whose section is missing follows the
/// last section, so no figure is dropped.
/// </summary>
internal static class ReportLayout
{
    public static IEnumerable<(ReportSection Section, TableDefinition? Table)> Sections(AnnualReport report)
    {
        var written = new HashSet<string>(StringComparer.Ordinal);
        foreach (var section in report.Sections)
        {
            var table = report.Definition.Tables.FirstOrDefault(t => t.SectionNumber == section.Number && !written.Contains(t.Key));
            if (table is not null)
            {
                written.Add(table.Key);
            }

            yield return (section, table);
        }

        foreach (var table in report.Definition.Tables.Where(t => !written.Contains(t.Key)))
        {
            var definition = report.Definition.Sections.First(s => s.Number == table.SectionNumber);
            yield return (new ReportSection(definition.Number, $"{definition.Numeral}、", definition.Title, []), table);
        }
    }

    /// <summary>The heading as written: marker and title.</summary>
    public static string Heading(ReportSection section) => section.Marker + section.Title;
}
