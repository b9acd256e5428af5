using Gongkai.Domain.Reports;

namespace Gongkai.Documents.Reading.Interpretation;

/// <summary>
/// Second pass: puts the values of every recognised row into cells of the format each table was laid
/// out in, column by column. A row whose values cannot be placed for sure is a reading doubt, never a
/// guess.
/// </summary>
internal sealed class CellPlacer
{
    /// <summary>The most cells a format has: a report's cells fit without growing the dictionary.</summary>
    private static readonly int MostCells = ReportFormats.All.Max(f => f.Cells.Count());

    private readonly Dictionary<CellKey, CellValue> _cells = new(MostCells, CellKeyComparer.Instance);
    private readonly Dictionary<(string Table, string Row), double> _placed;
    private readonly List<Finding> _findings = [];

    public IReadOnlyDictionary<CellKey, CellValue> Cells => _cells;

    public IReadOnlyList<Finding> Findings => _findings;

    /// <summary>The rows found per table (placed or not), by row key.</summary>
    public HashSet<(string Table, string Row)> RowsFound { get; }

    /// <summary>Sized for <paramref name="rows"/> recognised rows: each finds one row of the format at most.</summary>
    private CellPlacer(int rows)
    {
        _placed = new(rows);
        RowsFound = new(rows);
    }

    public static CellPlacer Place(IReadOnlyList<RowObservation> rows, Func<string, ReportFormat> formatOf)
    {
        var placer = new CellPlacer(rows.Count);
        foreach (var row in rows)
        {
            placer.Place(row, formatOf(row.TableKey));
        }

        return placer;
    }

    private void Place(RowObservation observation, ReportFormat format)
    {
        var section = ReadingText.SectionOf(observation.TableKey);
        if (observation.TableKey == TableKeys.Remedies && observation.Matches.Count == 0)
        {
            var block = ReportFormats.Get(format).Table(TableKeys.Remedies).Blocks[0];
            Put(observation, block, block.Rows[0], 1.0, section);
            return;
        }

        var match = observation.Matches.GetValueOrDefault(format);
        foreach (var (otherFormat, other) in observation.Matches)
        {
            if (otherFormat != format && other.Accepted && other.Score - (match?.Score ?? 0) >= 0.1)
            {
                // A row only the other format has (e.g. 第二十条第（九）项 in a 2021 table): keep it under its own keys.
                match = other;
            }
        }

        // Messages only: quoted when a finding needs it, not for every row placed.
        string Label() => observation.RawLabel.Length == 0 ? string.Empty : ReadingText.Quote(observation.RawLabel);
        if (match is null || match.Score < LabelSimilarity.Accept)
        {
            if (HasText(observation.Values))
            {
                _findings.Add(ReadingText.Verify($"{ReadingText.TableName(observation.TableKey)}中的行{Label()}不是格式中的行，其数值未读入", observation.Row.Location, section));
            }

            return;
        }

        var candidate = match.Candidate;
        RowsFound.Add((observation.TableKey, candidate.Row.Key));
        if (match.Ambiguous)
        {
            _findings.Add(ReadingText.Verify($"无法确定{ReadingText.TableName(observation.TableKey)}中的行{Label()}是格式中的哪一行，其数值未读入", observation.Row.Location, section));
            return;
        }

        if (match.Doubtful)
        {
            _findings.Add(ReadingText.Verify($"{ReadingText.TableName(observation.TableKey)}中的行{Label()}与格式中的“{candidate.Row.FullLabel}”不完全一致，按该行读取", observation.Row.Location, section));
        }

        Put(observation, candidate.Block, candidate.Row, match.Score, section);
    }

    private static bool HasText(IReadOnlyList<SourceCell> values)
    {
        foreach (var value in values)
        {
            if (!CellText.IsBlank(value.Text))
            {
                return true;
            }
        }

        return false;
    }

    private void Put(RowObservation observation, BlockDefinition block, RowDefinition row, double score, int section)
    {
        var tableKey = observation.TableKey;
        string Name() => row.Label.Length > 0 ? $"“{row.FullLabel}”" : string.Empty;
        if (_placed.TryGetValue((tableKey, row.Key), out var earlier))
        {
            if (earlier >= score)
            {
                _findings.Add(ReadingText.Verify($"{ReadingText.TableName(tableKey)}中{Name()}出现了不止一次，后面的{ReadingText.Quote(observation.RawLabel)}未读入", observation.Row.Location, section));
                return;
            }
        }

        RowsFound.Add((tableKey, row.Key));
        var values = Fit(observation.Values, block.Columns.Count);
        if (values is null)
        {
            _findings.Add(ReadingText.Verify(
                $"{ReadingText.TableName(tableKey)}{Name()}一行读到{observation.Values.Count}个数值，格式中该行有{block.Columns.Count}列，无法确定各数值所在的列，未读入",
                observation.Row.Location,
                section));
            return;
        }

        _placed[(tableKey, row.Key)] = score;
        for (var c = 0; c < values.Count; c++)
        {
            var key = new CellKey(tableKey, row.Key, block.Columns[c].Key);
            _cells[key] = CellText.Read(values[c].Text, values[c].Location);
        }
    }

    /// <summary>
    /// The value cells of a row fitted to <paramref name="columns"/>: extra empty cells (merged cells
    /// that text extraction left behind) dropped from the end, then from the start; null when the
    /// count still differs.
    /// </summary>
    public static IReadOnlyList<SourceCell>? Fit(IReadOnlyList<SourceCell> values, int columns)
    {
        if (values.Count == columns)
        {
            return values;
        }

        var list = values.ToList();
        while (list.Count > columns && CellText.IsBlank(list[^1].Text))
        {
            list.RemoveAt(list.Count - 1);
        }

        while (list.Count > columns && CellText.IsBlank(list[0].Text))
        {
            list.RemoveAt(0);
        }

        return list.Count == columns ? list : null;
    }
}
