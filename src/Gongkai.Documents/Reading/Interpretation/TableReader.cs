using Gongkai.Domain.Reports;

namespace Gongkai.Documents.Reading.Interpretation;

/// <summary>
/// First pass over the tables: which table every row belongs to (from the section it is in and from
/// what it says: 第二十条第（X）项, 申请人情况, 行政复议), which rows of either format it may be, and the
/// evidence of the format it was laid out in.
/// </summary>
internal sealed class TableReader
{
    private readonly List<RowObservation> _rows = new(128);
    private readonly List<FormatEvidence> _evidence = new(128);
    private readonly List<Finding> _doubts = [];
    private readonly List<SubtotalRow> _subtotals = [];
    private string? _table;
    private string? _block;

    public IReadOnlyList<RowObservation> Rows => _rows;

    public IReadOnlyList<FormatEvidence> Evidence => _evidence;

    /// <summary>Reading doubts met on the way (header cells that match a heading only in part).</summary>
    public IReadOnlyList<Finding> Doubts => _doubts;

    /// <summary>"小计" rows under a group of table 三's dispositions.</summary>
    public IReadOnlyList<SubtotalRow> Subtotals => _subtotals;

    /// <summary>The tables where any row was recognised.</summary>
    public ISet<string> TablesSeen { get; } = new HashSet<string>(StringComparer.Ordinal);

    public static TableReader Read(SourceDocument document, DocumentOutline outline)
    {
        var reader = new TableReader();
        for (var i = 0; i < document.Blocks.Count; i++)
        {
            if (document.Blocks[i] is SourceTable table)
            {
                reader.ReadTable(table, outline.SectionOfBlock[i]);
            }
        }

        return reader;
    }

    private void ReadTable(SourceTable table, int section)
    {
        if (ReadingText.TableOf(section) is { } bySection && bySection != _table)
        {
            _table = bySection;
            _block = null;
        }

        var rows = new TableRow[table.Rows.Count];
        for (var r = 0; r < rows.Length; r++)
        {
            rows[r] = new TableRow(table.Rows[r], table, section);
        }

        for (var i = 0; i < rows.Length; i++)
        {
            var row = rows[i];
            SetContext(row);
            var labels = row.LabelCells.Count;
            if (labels == 0)
            {
                if (_table == TableKeys.Remedies && row.HasValues)
                {
                    _rows.Add(new RowObservation(row, TableKeys.Remedies, new Dictionary<ReportFormat, RowMatch>(), row.ValueCells));
                    TablesSeen.Add(TableKeys.Remedies);
                }

                continue;
            }

            if (!row.HasValues && IsHeader(row))
            {
                ReadHeader(row);
                continue;
            }

            if (HeaderCatalog.BlockOf(row.NormalizedLabel) is not null)
            {
                continue;
            }

            var values = row.ValueCells;
            if (values.Count == 0 && i + 1 < rows.Length && rows[i + 1].LabelCells.Count == 0 && rows[i + 1].HasValues)
            {
                // The label on one line and its figures on the next.
                values = rows[++i].ValueCells;
            }

            if (_table == TableKeys.Requests && SubtotalRow.IsSubtotal(row.NormalizedLabel) && _rows.Count > 0 && _rows[^1].TableKey == TableKeys.Requests)
            {
                _subtotals.Add(new SubtotalRow(_rows[^1], row, values));
                continue;
            }

            Observe(row, values);
        }
    }

    /// <summary>A header row: two or more column headings, or one heading on its own.</summary>
    private static bool IsHeader(TableRow row)
    {
        var headings = 0;
        foreach (var cell in row.NormalizedCells)
        {
            headings += HeaderCatalog.IsHeading(cell) ? 1 : 0;
        }

        return headings >= 2 || (headings == 1 && row.LabelCells.Count == 1 && row.NormalizedLabel is not ("总计" or "其他"));
    }

    private void SetContext(TableRow row)
    {
        foreach (var cell in row.NormalizedCells)
        {
            if (HeaderCatalog.BlockOf(cell) is { } block)
            {
                _table = TableKeys.Proactive;
                _block = block;
                if (block == "art20_9")
                {
                    _evidence.Add(new FormatEvidence(ReportFormat.Trial2019, TableKeys.Proactive, "“第二十条第（九）项”", null, row.Location));
                }
            }
            else if (cell.Contains("勾稽关系", StringComparison.Ordinal) || cell is "申请人情况" or "自然人")
            {
                _table = TableKeys.Requests;
            }
            else if (cell is "行政复议" or "行政诉讼" || (cell is "结果维持" && _table != TableKeys.Requests))
            {
                _table = TableKeys.Remedies;
            }
        }
    }

    private void ReadHeader(TableRow row)
    {
        if (_table is not (TableKeys.Proactive or null))
        {
            return;
        }

        for (var i = 0; i < row.LabelCells.Count; i++)
        {
            var (cell, normalized) = (row.LabelCells[i], row.NormalizedCells[i]);
            if (normalized is "信息内容" or "" || HeaderCatalog.BlockOf(normalized) is not null)
            {
                continue;
            }

            var matches = HeaderCatalog.Match(HeaderCatalog.Normalize(cell.Text));
            var (best, other) = BestHeading(matches);
            if (best.Value.Score < 0.6 || best.Value.Score - other < 0.1)
            {
                continue;
            }

            _table = TableKeys.Proactive;
            TablesSeen.Add(TableKeys.Proactive);
            _evidence.Add(new FormatEvidence(best.Key, TableKeys.Proactive, "表头", cell.Text, cell.Location));
            if (best.Value.Score < 0.99)
            {
                _doubts.Add(ReadingText.Verify(
                    $"{ReadingText.TableName(TableKeys.Proactive)}表头{ReadingText.Quote(cell.Text)}与格式中的“{best.Value.Label}”不一致（不完整或有错字），按“{best.Value.Label}”理解",
                    cell.Location,
                    2));
            }
        }
    }

    /// <summary>The best heading match (the first of equals) and the best score of the other formats (0 when none).</summary>
    private static (KeyValuePair<ReportFormat, (string Label, double Score)> Best, double Other) BestHeading(Dictionary<ReportFormat, (string Label, double Score)> matches)
    {
        var best = default(KeyValuePair<ReportFormat, (string Label, double Score)>);
        var found = false;
        foreach (var match in matches)
        {
            if (!found || match.Value.Score > best.Value.Score)
            {
                (best, found) = (match, true);
            }
        }

        var other = 0.0;
        foreach (var (format, (_, score)) in matches)
        {
            other = format != best.Key ? Math.Max(other, score) : other;
        }

        return (best, other);
    }

    private void Observe(TableRow row, IReadOnlyList<SourceCell> values)
    {
        var table = _table;
        var matches = table is null ? [] : RowCatalog.Match(table, Block(table), row.NormalizedLabel, row.NormalizedGroups);
        if (table is null || !RowMatches.AnyAccepted(matches, 0))
        {
            // Not a row of the table we thought we were in: try every table.
            foreach (var key in new[] { TableKeys.Proactive, TableKeys.Requests })
            {
                var other = RowCatalog.Match(key, null, row.NormalizedLabel, row.NormalizedGroups);
                if (RowMatches.AnyAccepted(other, 0.9) && RowMatches.BestScore(other) > RowMatches.BestScore(matches))
                {
                    (table, matches) = (key, other);
                    _table = key;
                    _block = null;
                }
            }
        }

        if (table is null)
        {
            return;
        }

        if (table == TableKeys.Remedies && values.Count >= 15)
        {
            _rows.Add(new RowObservation(row, table, new Dictionary<ReportFormat, RowMatch>(), values));
            TablesSeen.Add(table);
            return;
        }

        if (matches.Count == 0)
        {
            return;
        }

        if (table == TableKeys.Proactive && _block is null && RowMatches.FirstAccepted(matches) is { } accepted)
        {
            _block = accepted.Candidate.Block.Key;
        }

        AddRowEvidence(row, table, matches);
        _rows.Add(new RowObservation(row, table, matches, values));
        TablesSeen.Add(table);
    }

    private string? Block(string table) => table == TableKeys.Proactive ? _block : null;

    private void AddRowEvidence(TableRow row, string table, Dictionary<ReportFormat, RowMatch> matches)
    {
        foreach (var (format, match) in matches)
        {
            if (!match.Accepted)
            {
                continue;
            }

            var other = 0.0;
            foreach (var (otherFormat, otherMatch) in matches)
            {
                other = otherFormat != format ? Math.Max(other, otherMatch.Score) : other;
            }

            if (match.Score - other >= 0.1)
            {
                _evidence.Add(new FormatEvidence(format, table, "行", row.LabelCell!.Text, row.Location));
            }
        }
    }
}
