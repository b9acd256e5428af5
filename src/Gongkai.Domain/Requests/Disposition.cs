using System.Diagnostics.CodeAnalysis;
using Gongkai.Domain.Reports;

namespace Gongkai.Domain.Requests;

/// <summary>
/// How a request ended (办理结果): exactly one leaf row of table 三 三、本年度办理结果, in the vocabulary of the
/// current format (<see cref="ReportFormats.Revised2021"/>). There is no second list: the values are the format's
/// rows with <see cref="RowRole.Disposition"/>. Older formats are reached through <see cref="DispositionMapping"/>.
/// </summary>
public sealed class Disposition
{
    private static readonly ReportFormatDefinition Vocabulary = ReportFormats.Revised2021;
    private static readonly Disposition[] AllValues = Vocabulary.Dispositions.Select((row, i) => new Disposition(row, i)).ToArray();
    private static readonly Dictionary<string, Disposition> ByKey = AllValues.ToDictionary(d => d.Key, StringComparer.Ordinal);

    private Disposition(RowDefinition row, int index)
    {
        Row = row;
        Index = index;
    }

    /// <summary>Every disposition, in table order (21 rows).</summary>
    public static IReadOnlyList<Disposition> All => AllValues;

    /// <summary>（一）予以公开 (Art. 36(一)(二)).</summary>
    public static Disposition Disclosed => ByKey["disclosed"];

    /// <summary>（六）1 逾期不补正 — deemed withdrawn under Art. 30.</summary>
    public static Disposition OtherNoCorrection => ByKey["other_no_correction"];

    /// <summary>（六）2 逾期未缴费 — dropped under 国办函〔2020〕109号.</summary>
    public static Disposition OtherFeeUnpaid => ByKey["other_fee_unpaid"];

    /// <summary>（六）3 其他 — e.g. withdrawn by the applicant.</summary>
    public static Disposition OtherMisc => ByKey["other_misc"];

    /// <summary>The row key, e.g. <c>withheld_state_secret</c>.</summary>
    public string Key => Row.Key;

    /// <summary>The row of the current format.</summary>
    public RowDefinition Row { get; }

    /// <summary>The position in <see cref="All"/> (for fast tallies).</summary>
    public int Index { get; }

    /// <summary>The row as a clerk reads it: "（三）不予公开 1.属于国家秘密".</summary>
    public string Label => Row.FullLabel.Replace(FormatGroupPrefix, string.Empty, StringComparison.Ordinal);

    private static string FormatGroupPrefix => "三、本年度办理结果 ";

    /// <summary>
    /// The disposition for a leaf row key of either format; the 2019 single <c>other</c> row maps as
    /// <see cref="DispositionMapping"/> says.
    /// </summary>
    public static bool TryParse(string key, [NotNullWhen(true)] out Disposition? disposition)
    {
        if (ByKey.TryGetValue(key, out disposition))
        {
            return true;
        }

        disposition = DispositionMapping.FromOlderRowKey(key);
        return disposition is not null;
    }

    /// <summary>The disposition for a row key; see <see cref="TryParse"/>.</summary>
    /// <exception cref="ArgumentException">No format has such a leaf row.</exception>
    public static Disposition Parse(string key) =>
        TryParse(key, out var disposition) ? disposition : throw new ArgumentException($"“{key}”不是年报表三的办理结果行。", nameof(key));

    /// <inheritdoc />
    public override string ToString() => Key;
}
