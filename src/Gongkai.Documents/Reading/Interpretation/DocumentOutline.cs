using Gongkai.Domain.Reports;

namespace Gongkai.Documents.Reading.Interpretation;

/// <summary>
/// The narrative shape of a document: title (agency, year), preamble, the section headings in order
/// and which section every block belongs to (0 = before section 一).
/// </summary>
internal sealed class DocumentOutline
{
    private DocumentOutline(ReportTitle? title, SourceLocation? titleLocation, IReadOnlyList<ReportParagraph> preamble, IReadOnlyList<ReportSection> sections, int[] sectionOfBlock)
    {
        Title = title;
        TitleLocation = titleLocation;
        Preamble = preamble;
        Sections = sections;
        SectionOfBlock = sectionOfBlock;
    }

    public ReportTitle? Title { get; }

    public SourceLocation? TitleLocation { get; }

    public IReadOnlyList<ReportParagraph> Preamble { get; }

    public IReadOnlyList<ReportSection> Sections { get; }

    /// <summary>For each block of the document, the section it falls in (0 before the first heading).</summary>
    public IReadOnlyList<int> SectionOfBlock { get; }

    public static DocumentOutline Read(SourceDocument document)
    {
        var blocks = document.Blocks;
        var paragraphTexts = new List<string>();
        var paragraphBlocks = new List<int>();
        for (var i = 0; i < blocks.Count; i++)
        {
            if (blocks[i] is SourceParagraph p && !string.IsNullOrWhiteSpace(p.Text))
            {
                paragraphTexts.Add(p.Text);
                paragraphBlocks.Add(i);
            }
        }

        var sectionOfBlock = new int[blocks.Count];
        var preamble = new List<ReportParagraph>();
        var sections = new List<(SectionHeading Heading, SourceLocation Location, List<ReportParagraph> Paragraphs)>();
        ReportTitle? title = null;
        SourceLocation? titleLocation = null;
        var current = 0;
        var paragraphIndex = 0;
        for (var i = 0; i < blocks.Count; i++)
        {
            if (blocks[i] is SourceTable table && HeadingRow(table) is { } inTable && inTable.Heading.Number > current)
            {
                // A heading written as the table's first row (a caption row spanning the table).
                current = inTable.Heading.Number;
                sections.Add((inTable.Heading, inTable.Location, []));
            }

            if (blocks[i] is not SourceParagraph paragraph || string.IsNullOrWhiteSpace(paragraph.Text))
            {
                sectionOfBlock[i] = current;
                continue;
            }

            var index = paragraphIndex++;
            var heading = SectionHeading.TryRead(paragraph.Text);
            if (heading is not null && heading.Number > current)
            {
                current = heading.Number;
                sectionOfBlock[i] = current;
                var list = new List<ReportParagraph>();
                if (heading.Rest.Length > 0)
                {
                    list.Add(new ReportParagraph(heading.Rest, paragraph.Location));
                }

                sections.Add((heading, paragraph.Location, list));
                continue;
            }

            if (heading is not null && heading.Number == current && heading.Rest.Length == 0 && sections.Count > 0
                && sections[^1].Heading.Number == current && sections[^1].Paragraphs.Count == 0
                && string.Equals(heading.Title, sections[^1].Heading.Title, StringComparison.Ordinal))
            {
                // The section's heading said again straight after it, as the title of its table (an HTML
                // caption printed to PDF, a title line above the table): not text of the section.
                sectionOfBlock[i] = current;
                continue;
            }

            sectionOfBlock[i] = current;
            if (current == 0 && title is null && paragraph.Text.Length <= 100)
            {
                title = ReportTitle.TryRead(paragraphTexts, index, out var usedPrevious);
                if (title is not null)
                {
                    // Lines before the title (site banners, breadcrumbs, the agency line) are not the preamble.
                    titleLocation = usedPrevious ? ((SourceParagraph)blocks[paragraphBlocks[index - 1]]).Location : paragraph.Location;
                    preamble.Clear();
                    continue;
                }
            }

            var text = new ReportParagraph(paragraph.Text.Trim(), paragraph.Location);
            if (current == 0)
            {
                preamble.Add(text);
            }
            else
            {
                sections[^1].Paragraphs.Add(text);
            }
        }

        if (title is null && document.Title is { } documentTitle)
        {
            title = ReportTitle.TryRead([documentTitle], 0, out _);
        }

        var result = sections
            .Select(s => new ReportSection(s.Heading.Number, s.Heading.Marker, s.Heading.Title, s.Paragraphs, s.Location))
            .ToList();
        return new DocumentOutline(title, titleLocation, preamble, result, sectionOfBlock);
    }

    private static (SectionHeading Heading, SourceLocation Location)? HeadingRow(SourceTable table)
    {
        if (table.Rows.Count == 0)
        {
            return null;
        }

        SourceCell? only = null;
        foreach (var cell in table.Rows[0].Cells)
        {
            if (!string.IsNullOrWhiteSpace(cell.Text))
            {
                if (only is not null)
                {
                    return null;
                }

                only = cell;
            }
        }

        return only is not null && SectionHeading.TryRead(only.Text) is { Marker.Length: > 0 } heading ? (heading, only.Location) : null;
    }
}
