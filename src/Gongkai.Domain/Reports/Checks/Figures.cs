using System.Globalization;

namespace Gongkai.Domain.Reports.Checks;

/// <summary>Numbers as findings print them: invariant, no trailing zeros ("3", "1186.1878").</summary>
internal static class Figures
{
    public static string Text(decimal number) => number.ToString("0.##########", CultureInfo.InvariantCulture);
}
