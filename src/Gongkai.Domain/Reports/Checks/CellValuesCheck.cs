using System.Text.RegularExpressions;
using static Gongkai.Domain.Reports.Checks.Figures;

namespace Gongkai.Domain.Reports.Checks;

/// <summary>
/// K9: every cell holds a non-negative whole number, except 本年增/减 (2019 format, may be negative)
/// and amounts in 万元 (decimals allowed); a blank cell should be 0 (law-and-formats §3.6).
/// The raw text is judged as written, so "70487元" or "+19" is named even when a number was read from it.
/// </summary>
internal sealed partial class CellValuesCheck : IReportCheck
{
    public IEnumerable<Finding> Check(CheckContext context)
    {
        foreach (var cell in context.Index.Cells)
        {
            if (!context.Report.Cells.TryGetValue(cell.Key, out var value) || IsPlainCount(value, cell.Column.Kind))
            {
                continue;
            }

            foreach (var finding in CheckOne(context, cell, value))
            {
                yield return finding;
            }
        }
    }

    /// <summary>The common case, decided without regular expressions: a whole number ≥ 0 written as digits.</summary>
    private static bool IsPlainCount(CellValue value, ValueKind kind)
    {
        if (value.Number is not { } number || number < 0 || (kind != ValueKind.AmountTenThousandYuan && number != decimal.Truncate(number)))
        {
            return false;
        }

        var raw = value.Raw.AsSpan().Trim();
        foreach (var c in raw)
        {
            if (c is not (>= '0' and <= '9') and not '.')
            {
                return false;
            }
        }

        return true;
    }

    private static IEnumerable<Finding> CheckOne(CheckContext context, CellDefinition cell, CellValue value)
    {
        var kind = cell.Column.Kind;
        var raw = value.Raw?.Trim() ?? string.Empty;
        var label = cell.Label;
        if (value.IsBlank)
        {
            yield return Warn($"K9 “{label}”为空，应填0");
            yield break;
        }

        if (Unit().Match(raw) is { Success: true } unit)
        {
            yield return UnitFinding(unit.Value);
        }
        else if (raw.Length > 0 && raw[0] is '+' or '＋')
        {
            yield return Warn(kind == ValueKind.SignedCount
                ? $"K9 “{label}”写作“{raw}”：本年增/减直接填数字，增加填正数（不加“+”号），减少填负数"
                : $"K9 “{label}”写作“{raw}”：本栏应填不带符号的数字");
        }
        else if (value.IsUnreadable)
        {
            yield return Placeholder().IsMatch(raw)
                ? Warn($"K9 “{label}”填写为“{raw}”，没有数字时应填0")
                : Error($"K9 “{label}”填写为“{raw}”，无法识别为数字");
        }

        if (value.Number is not { } number)
        {
            yield break;
        }

        if (number < 0 && kind != ValueKind.SignedCount)
        {
            yield return Error($"K9 “{label}”为负数（{Text(number)}），件数和金额不能为负");
        }
        else if (kind != ValueKind.AmountTenThousandYuan && number != decimal.Truncate(number))
        {
            yield return Error($"K9 “{label}”为{Text(number)}，件数应为整数");
        }

        Finding UnitFinding(string unitText)
        {
            var digits = Digits().Match(raw);
            if (kind == ValueKind.AmountTenThousandYuan && unitText == "元")
            {
                var hint = decimal.TryParse(digits.Value, System.Globalization.CultureInfo.InvariantCulture, out var yuan)
                    ? $"，应填{Text(yuan / 10000m)}"
                    : string.Empty;
                return Error($"K9 “{label}”填写为“{raw}”：本栏单位为万元，不是元{hint}");
            }

            return kind == ValueKind.AmountTenThousandYuan
                ? Warn($"K9 “{label}”填写为“{raw}”：本栏单位已是万元，格内只填数字")
                : Warn($"K9 “{label}”填写为“{raw}”：格内只填数字，不带单位");
        }

        Finding Warn(string message) => context.Finding(CheckRules.CellValues, FindingSeverity.Warning, cell.Key, message);

        Finding Error(string message) => context.Finding(CheckRules.CellValues, FindingSeverity.Error, cell.Key, message);
    }

    [GeneratedRegex(@"万元|元|件|条|个|项|次|宗|起|份")]
    private static partial Regex Unit();

    [GeneratedRegex(@"-?\d+(\.\d+)?")]
    private static partial Regex Digits();

    // Marks that stand for "nothing": a dash, a slash, 无.
    [GeneratedRegex(@"^(—+|-+|－+|–+|/|／|\\|无|空)$")]
    private static partial Regex Placeholder();
}
