using System.Globalization;
using Gongkai.Domain.Reports;

namespace Gongkai.Documents.Reading.Interpretation;

/// <summary>
/// Reading the text of a numeric cell: "0", " 0 ", "１２", "1,186.1878", "-3" are numbers; "+19" is a
/// number kept with its raw text; a blank stays blank; "70487元" and "—" stay unreadable (the checks
/// report them — a reader never turns them into a number or into 0).
/// </summary>
internal static class CellText
{
    private static readonly string[] Units = ["万元", "元", "件", "条", "个", "项", "次", "人"];

    /// <summary>Whether a cell holds a value (number, blank, dash, number with a unit) rather than a label.</summary>
    public static bool IsValueLike(string text)
    {
        // Runs for every cell of every report read: compacted on the stack, not into a new string.
        if (IsClean(text))
        {
            return IsValueLikeCompact(text);
        }

        Span<char> buffer = text.Length <= 256 ? stackalloc char[text.Length] : new char[text.Length];
        return IsValueLikeCompact(buffer[..CompactInto(text, buffer)]);
    }

    /// <summary>Whether a cell's text compacts to nothing (only spaces and control characters).</summary>
    public static bool IsBlank(string text)
    {
        foreach (var ch in text)
        {
            if (Keeps(LabelText.Fold(ch)))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsValueLikeCompact(ReadOnlySpan<char> compact)
    {
        if (compact.Length == 0 || compact is "无" or "空" or "不适用")
        {
            return true;
        }

        var dashes = true;
        foreach (var c in compact)
        {
            dashes &= c is '-' or '—' or '/' or '\\' or '*' or '_' or '…' or '.';
        }

        if (dashes)
        {
            return true;
        }

        var body = StripUnit(compact);
        var digit = false;
        foreach (var c in body)
        {
            if (c is >= '0' and <= '9')
            {
                digit = true;
            }
            else if (c is not (',' or '.' or '+' or '-'))
            {
                return false;
            }
        }

        return digit;
    }

    /// <summary>The value of a cell read from a document, keeping the raw text and where it was.</summary>
    public static CellValue Read(string raw, SourceLocation location)
    {
        var source = location.RawText is null ? location with { RawText = raw } : location;
        var compact = Compact(raw);
        if (compact.Length == 0)
        {
            return CellValue.Blank(source);
        }

        return CellValue.Read(ParseNumber(compact), raw, source);
    }

    /// <summary>The number in a compacted cell text, or null when it is not a plain number.</summary>
    public static decimal? ParseNumber(string compact)
    {
        var text = compact.StartsWith('+') ? compact[1..] : compact;
        var negative = text.StartsWith('-');
        if (negative)
        {
            text = text[1..];
        }

        if (text.Length == 0)
        {
            return null;
        }

        foreach (var c in text)
        {
            if (c is not ((>= '0' and <= '9') or ',' or '.'))
            {
                return null;
            }
        }

        if (text.Contains(',', StringComparison.Ordinal) && !IsGroupedThousands(text))
        {
            return null;
        }

        text = text.Replace(",", string.Empty, StringComparison.Ordinal);
        if (!decimal.TryParse(text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var number))
        {
            return null;
        }

        return negative ? -number : number;
    }

    /// <summary>Full-width forms folded, every kind of space removed.</summary>
    public static string Compact(string text)
    {
        if (IsClean(text))
        {
            return text;
        }

        Span<char> buffer = text.Length <= 256 ? stackalloc char[text.Length] : new char[text.Length];
        return new string(buffer[..CompactInto(text, buffer)]);
    }

    /// <summary>Printable ASCII only: compacting changes nothing.</summary>
    private static bool IsClean(string text)
    {
        foreach (var ch in text)
        {
            if (ch <= ' ' || ch >= '\u007F')
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Writes the compact form of <paramref name="text"/> into <paramref name="buffer"/> (as long as the text); returns its length.</summary>
    private static int CompactInto(string text, Span<char> buffer)
    {
        var length = 0;
        foreach (var ch in text)
        {
            var c = LabelText.Fold(ch);
            if (Keeps(c))
            {
                buffer[length++] = c;
            }
        }

        return length;
    }

    private static bool Keeps(char folded) => !char.IsWhiteSpace(folded) && !char.IsControl(folded);

    private static ReadOnlySpan<char> StripUnit(ReadOnlySpan<char> compact)
    {
        if (compact.Length == 0 || compact[^1] < '\u4E00')
        {
            return compact;
        }

        foreach (var unit in Units)
        {
            if (compact.EndsWith(unit, StringComparison.Ordinal))
            {
                return compact[..^unit.Length];
            }
        }

        return compact;
    }

    private static bool IsGroupedThousands(string text)
    {
        var integer = text.Split('.')[0];
        var groups = integer.Split(',');
        return groups[0].Length is >= 1 and <= 3 && groups.Skip(1).All(g => g.Length == 3);
    }
}
