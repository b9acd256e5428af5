namespace Gongkai.Documents.Reading.Pdf;

/// <summary>
/// Finds tables drawn without borders: runs of consecutive lines that break into two or more
/// pieces at wide gaps, whose pieces line up in the same columns. Column bands come from the rows
/// with the most pieces; a piece that covers several bands becomes a cell with a column span.
/// </summary>
internal static class PdfAlignedColumns
{
    // Letters more than this many font sizes apart belong to different cells.
    public const double CellGap = 1.5;

    // Lines further apart than this many font sizes do not belong to one table.
    private const double RowGap = 3.0;

    /// <summary>Splits lines (top first) into runs: each either a table (rows of pieces) or a single paragraph line.</summary>
    public static List<(List<PdfTextLine> Lines, bool IsTable)> Split(List<PdfTextLine> lines)
    {
        var pieces = lines.Select(l => l.Segments(CellGap).Count).ToList();
        var runs = new List<(List<PdfTextLine> Lines, bool IsTable)>();
        var i = 0;
        while (i < lines.Count)
        {
            var end = i;
            if (pieces[i] >= 2)
            {
                while (end + 1 < lines.Count && Close(end, end + 1)
                    && (pieces[end + 1] >= 2 || (end + 2 < lines.Count && pieces[end + 2] >= 2 && Close(end + 1, end + 2))))
                {
                    end++;
                }
            }

            runs.Add((lines.GetRange(i, end - i + 1), end > i));
            i = end + 1;
        }

        return runs;

        // A single-piece line inside a table (a row with one filled cell) is kept in it.
        bool Close(int a, int b) => lines[a].Baseline - lines[b].Baseline <= RowGap * Math.Max(lines[a].Size, lines[b].Size);
    }

    /// <summary>The cells of each row: (text, first band, band count), bands numbered from 0.</summary>
    public static List<List<(string Text, int Column, int Span)>> Cells(List<PdfTextLine> rows)
    {
        var pieces = rows.Select(r => r.Segments(CellGap)).ToList();
        var most = pieces.Max(p => p.Count);
        var bands = new List<(double Left, double Right)>();
        foreach (var piece in pieces.Where(p => p.Count == most).SelectMany(p => p).OrderBy(p => p.Left))
        {
            if (bands.Count > 0 && piece.Left <= bands[^1].Right)
            {
                bands[^1] = (bands[^1].Left, Math.Max(bands[^1].Right, piece.Right));
            }
            else
            {
                bands.Add((piece.Left, piece.Right));
            }
        }

        var table = new List<List<(string Text, int Column, int Span)>>();
        foreach (var row in pieces)
        {
            var cells = new List<(string Text, int Column, int Span)>();
            var next = 0;
            foreach (var piece in row)
            {
                var first = bands.FindIndex(b => b.Right >= piece.Left);
                var last = bands.FindLastIndex(b => b.Left <= piece.Right);
                if (first < 0 || last < first)
                {
                    first = last = Nearest(bands, (piece.Left + piece.Right) / 2);
                }

                first = Math.Max(first, next);
                last = Math.Max(last, first);
                for (; next < first; next++)
                {
                    cells.Add(("", next, 1));
                }

                cells.Add((piece.Text, first, last - first + 1));
                next = last + 1;
            }

            for (; next < bands.Count; next++)
            {
                cells.Add(("", next, 1));
            }

            table.Add(cells);
        }

        return table;
    }

    private static int Nearest(List<(double Left, double Right)> bands, double x) =>
        bands.Select((b, k) => (Distance: Math.Abs(((b.Left + b.Right) / 2) - x), k)).MinBy(t => t.Distance).k;
}
