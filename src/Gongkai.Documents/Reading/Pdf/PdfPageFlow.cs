using System.Text.RegularExpressions;

namespace Gongkai.Documents.Reading.Pdf;

/// <summary>
/// Joins the pages of a PDF into one flow of blocks: page numbers ("- 3 -", "第3页 共9页", "3/9") at the top or foot of a
/// page are dropped, and a table that ends one page and goes on at the top of the next (same number of
/// columns) becomes one table. Tables are then numbered from 1 in reading order.
/// </summary>
internal static partial class PdfPageFlow
{
    public static List<SourceBlock> Join(IEnumerable<List<SourceBlock>> pages)
    {
        var blocks = new List<SourceBlock>();
        foreach (var page in pages)
        {
            var content = page.ToList();
            if (content.Count > 0 && IsPageNumber(content[^1]))
            {
                content.RemoveAt(content.Count - 1);
            }

            if (content.Count > 0 && IsPageNumber(content[0]))
            {
                content.RemoveAt(0);
            }

            if (content.Count > 0 && content[0] is SourceTable next && blocks.Count > 0
                && blocks[^1] is SourceTable previous && Width(previous) == Width(next))
            {
                blocks[^1] = previous with { Rows = [.. previous.Rows, .. Renumber(next.Rows, previous.Location.Table, previous.Rows.Count)] };
                content.RemoveAt(0);
            }

            blocks.AddRange(content);
        }

        var number = 0;
        return [.. blocks.Select(b => b is SourceTable t ? Number(t, ++number) : b)];
    }

    private static bool IsPageNumber(SourceBlock block) => block is SourceParagraph p && PageNumber().IsMatch(p.Text);

    private static int Width(SourceTable table) => table.Rows.Count == 0 ? 0 : table.Rows.Max(r => r.Cells.Sum(c => c.ColSpan));

    private static SourceTable Number(SourceTable table, int number) => table.Location.Table == number
        ? table
        : table with { Rows = Renumber(table.Rows, number, 0), Location = table.Location with { Table = number } };

    private static List<SourceRow> Renumber(IReadOnlyList<SourceRow> rows, int? table, int rowOffset) =>
        [.. rows.Select(row => new SourceRow([.. row.Cells.Select(cell => cell with
        {
            Location = cell.Location with { Table = table, Row = cell.Location.Row + rowOffset },
        })]))];

    [GeneratedRegex(@"^\s*([-—–－]\s*\d+\s*[-—–－]|第\s*\d+\s*页(\s*[,，/]?\s*共\s*\d+\s*页)?|\d+\s*/\s*\d+|\d+)\s*$")]
    private static partial Regex PageNumber();
}
