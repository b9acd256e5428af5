using System.Globalization;
using Gongkai.Domain.Reports;

namespace Gongkai.Documents.Writing;

/// <summary>How a cell value is printed: the number as given (invariant culture), the raw text of an unreadable value, or nothing for a blank.</summary>
internal static class CellText
{
    public static string Of(CellValue value) => value.Number is { } number
        ? number.ToString(CultureInfo.InvariantCulture)
        : value.IsUnreadable ? value.Raw!.Trim() : string.Empty;
}
