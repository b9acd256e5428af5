using Gongkai.Domain.Reports;

namespace Gongkai.Domain.Requests;

/// <summary>
/// The one place where dispositions cross formats. The 2019 trial format (60号) has a single
/// （六）其他处理 row (<c>other</c>); the 2021 format (30号) splits it into 1.逾期不补正 (<c>other_no_correction</c>),
/// 2.逾期未缴费 (<c>other_fee_unpaid</c>) and 3.其他 (<c>other_misc</c>) (law-and-formats §3.4).
/// </summary>
public static class DispositionMapping
{
    /// <summary>Rows of the current format that an older format folds into one of its rows.</summary>
    private static readonly Dictionary<(ReportFormat Format, string Key), string> Folded = new()
    {
        [(ReportFormat.Trial2019, "other_no_correction")] = "other",
        [(ReportFormat.Trial2019, "other_fee_unpaid")] = "other",
        [(ReportFormat.Trial2019, "other_misc")] = "other",
    };

    /// <summary>Older rows read back into the current vocabulary when nothing more is known of the case.</summary>
    private static readonly Dictionary<string, string> Unfolded = new(StringComparer.Ordinal)
    {
        ["other"] = "other_misc",
    };

    /// <summary>The row key in <paramref name="format"/> that counts <paramref name="disposition"/>.</summary>
    /// <exception cref="InvalidOperationException">The format has no row for it (a definition bug).</exception>
    public static string RowKeyIn(Disposition disposition, ReportFormatDefinition format)
    {
        var key = Folded.TryGetValue((format.Format, disposition.Key), out var folded) ? folded : disposition.Key;
        return format.Dispositions.Any(r => string.Equals(r.Key, key, StringComparison.Ordinal))
            ? key
            : throw new InvalidOperationException($"Format {format.Format} has no disposition row for '{disposition.Key}'.");
    }

    /// <summary>
    /// The current disposition for an older format's row key: 2019 <c>other</c> → <c>other_misc</c>, because an
    /// imported 2019 figure does not say why. A case recorded in Gongkai knows why and is never mapped here: its
    /// lifecycle records 逾期不补正 and 逾期未缴费 directly.
    /// </summary>
    public static Disposition? FromOlderRowKey(string key) =>
        Unfolded.TryGetValue(key, out var current) && Disposition.TryParse(current, out var disposition) ? disposition : null;
}
