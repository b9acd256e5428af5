namespace Gongkai.Documents.Reading.Pdf;

/// <summary>
/// A table drawn with borders: the grid of its distinct border positions, with atomic grid cells
/// joined where the border between them is missing (a merged cell). Letters are placed in cells
/// by their centre.
/// </summary>
internal sealed class PdfRuledTable
{
    private readonly double[] _xs; // column borders, left to right
    private readonly double[] _ys; // row borders, top to bottom (descending y)
    private readonly int[] _parent;

    private PdfRuledTable(double[] xs, double[] ys, IReadOnlyList<PdfRuling> rulings)
    {
        _xs = xs;
        _ys = ys;
        _parent = [.. Enumerable.Range(0, Rows * Columns)];
        for (var i = 0; i < Rows; i++)
        {
            for (var j = 0; j < Columns; j++)
            {
                var midY = (ys[i] + ys[i + 1]) / 2;
                var midX = (xs[j] + xs[j + 1]) / 2;
                if (j + 1 < Columns && !rulings.Any(r => !r.Horizontal && r.Covers(xs[j + 1], midY)))
                {
                    Union(Index(i, j), Index(i, j + 1));
                }

                if (i + 1 < Rows && !rulings.Any(r => r.Horizontal && r.Covers(ys[i + 1], midX)))
                {
                    Union(Index(i, j), Index(i + 1, j));
                }
            }
        }
    }

    // More grid cells than this is a drawing (or a hostile file), not a report table.
    private const int MaxGridCells = 5000;

    public int Rows => _ys.Length - 1;

    public int Columns => _xs.Length - 1;

    public double Top => _ys[0];

    public bool Contains(PdfGlyph glyph) =>
        glyph.CenterX > _xs[0] && glyph.CenterX < _xs[^1] && glyph.CenterY < _ys[0] && glyph.CenterY > _ys[^1];

    /// <summary>Finds the bordered tables among the page's rulings, top of the page first.</summary>
    public static List<PdfRuledTable> Find(List<PdfRuling> rulings)
    {
        var groups = Connected(rulings);
        var tables = new List<PdfRuledTable>();
        foreach (var group in groups)
        {
            var xs = Cluster(group.Where(r => !r.Horizontal).Select(r => r.At));
            var ys = Cluster(group.Where(r => r.Horizontal).Select(r => r.At));
            if (xs.Length >= 2 && ys.Length >= 2 && (xs.Length - 1) * (ys.Length - 1) <= MaxGridCells)
            {
                Array.Reverse(ys);
                tables.Add(new PdfRuledTable(xs, ys, group));
            }
        }

        return [.. tables.OrderByDescending(t => t.Top)];
    }

    /// <summary>The table's cells with their letters: one entry per merged cell, by origin row and column.</summary>
    public List<PdfGridCell> Cells(IEnumerable<PdfGlyph> glyphs)
    {
        var cells = new Dictionary<int, PdfGridCell>();
        for (var i = 0; i < Rows; i++)
        {
            for (var j = 0; j < Columns; j++)
            {
                var root = Find(Index(i, j));
                if (cells.TryGetValue(root, out var cell))
                {
                    cells[root] = cell with
                    {
                        RowSpan = Math.Max(cell.RowSpan, i - cell.Row + 1),
                        ColSpan = Math.Max(cell.ColSpan, j - cell.Column + 1),
                    };
                }
                else
                {
                    cells[root] = new PdfGridCell(i, j, 1, 1, []);
                }
            }
        }

        foreach (var glyph in glyphs)
        {
            var i = Array.FindIndex(_ys, 1, y => glyph.CenterY > y) - 1;
            var j = Array.FindIndex(_xs, 1, x => glyph.CenterX < x) - 1;
            if (i >= 0 && j >= 0)
            {
                cells[Find(Index(i, j))].Glyphs.Add(glyph);
            }
        }

        return [.. cells.Values.OrderBy(c => c.Row).ThenBy(c => c.Column)];
    }

    private int Index(int row, int column) => (row * Columns) + column;

    private int Find(int i)
    {
        while (_parent[i] != i)
        {
            i = _parent[i] = _parent[_parent[i]];
        }

        return i;
    }

    private void Union(int a, int b)
    {
        var (ra, rb) = (Find(a), Find(b));
        if (ra != rb)
        {
            _parent[Math.Max(ra, rb)] = Math.Min(ra, rb);
        }
    }

    private static double[] Cluster(IEnumerable<double> values)
    {
        var clusters = new List<List<double>>();
        foreach (var value in values.Order())
        {
            if (clusters.Count > 0 && value - clusters[^1][^1] <= PdfRuling.Tolerance)
            {
                clusters[^1].Add(value);
            }
            else
            {
                clusters.Add([value]);
            }
        }

        return [.. clusters.Select(c => c.Average())];
    }

    private static List<List<PdfRuling>> Connected(List<PdfRuling> rulings)
    {
        var parent = Enumerable.Range(0, rulings.Count).ToArray();
        int Root(int i) => parent[i] == i ? i : parent[i] = Root(parent[i]);
        for (var a = 0; a < rulings.Count; a++)
        {
            for (var b = a + 1; b < rulings.Count; b++)
            {
                if (rulings[a].Crosses(rulings[b]) || rulings[a].Continues(rulings[b]))
                {
                    parent[Root(a)] = Root(b);
                }
            }
        }

        return [.. Enumerable.Range(0, rulings.Count).GroupBy(Root).Select(g => g.Select(i => rulings[i]).ToList())];
    }
}
