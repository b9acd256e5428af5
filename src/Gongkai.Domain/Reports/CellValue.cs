using System.Globalization;

namespace Gongkai.Domain.Reports;

/// <summary>
/// The value of one numeric cell. A blank cell is kept apart from 0: K9 reports blanks, and a reader
/// never turns one into the other.
/// </summary>
public readonly record struct CellValue
{
    private CellValue(decimal? number, string? raw, SourceLocation? source)
    {
        Number = number;
        Raw = raw;
        Source = source;
    }

    /// <summary>The number, or null when the cell is blank or could not be read as a number.</summary>
    public decimal? Number { get; }

    /// <summary>The text as found in the source (null for values computed by Gongkai).</summary>
    public string? Raw { get; }

    /// <summary>Where the value was read; null for computed values.</summary>
    public SourceLocation? Source { get; }

    /// <summary>True when the cell holds no text at all.</summary>
    public bool IsBlank => Number is null && string.IsNullOrWhiteSpace(Raw);

    /// <summary>True when the cell holds text that is not a number ("70487元", "—").</summary>
    public bool IsUnreadable => Number is null && !string.IsNullOrWhiteSpace(Raw);

    /// <summary>A blank cell.</summary>
    public static CellValue Blank(SourceLocation? source = null) => new(null, source?.RawText ?? string.Empty, source);

    /// <summary>A number computed or entered in Gongkai.</summary>
    public static CellValue Of(decimal number) => new(number, null, null);

    /// <summary>A value read from a document: the parsed number (null if none) and the raw text.</summary>
    public static CellValue Read(decimal? number, string raw, SourceLocation? source) => new(number, raw, source);

    /// <summary>The number, with blank and unreadable cells counted as 0 for arithmetic checks.</summary>
    public decimal OrZero => Number ?? 0m;

    /// <inheritdoc />
    public override string ToString() =>
        Number is { } n ? n.ToString(CultureInfo.InvariantCulture) : Raw ?? string.Empty;
}
