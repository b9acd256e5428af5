using System.Globalization;
using System.Text;
using Gongkai.Domain.Applicants;

namespace Gongkai.Domain.Catalogue;

/// <summary>
/// An agency's 索引号 template (条例 Art. 12: the 目录 gives every item an 索引). There is no national format
/// (law-and-formats.md §4.2), so the number is an opaque string rendered from a template. Placeholders:
/// <list type="bullet">
/// <item><c>{统一社会信用代码}</c>: the agency's 18-character unified social credit code;</item>
/// <item><c>{组织机构代码}</c>: its 9-character organisation code (characters 9–17 of the credit code);</item>
/// <item><c>{yyyy}</c>: the year of publication (required: the sequence restarts every year);</item>
/// <item><c>{MM}</c>: the month of publication, two digits;</item>
/// <item><c>{seq}</c> or <c>{seq:00000}</c>: the agency's sequence number within the year, zero-padded to the
/// number of zeros given (required, once). A sequence longer than the padding is written in full.</item>
/// </list>
/// Everything else is copied literally. Default: <see cref="Default"/>.
/// </summary>
public sealed class IndexNumberTemplate
{
    /// <summary>The default template: credit code, year and a five-digit sequence ("…/2025-00016").</summary>
    public const string Default = "{统一社会信用代码}/{yyyy}-{seq:00000}";

    private readonly IReadOnlyList<(string? Literal, string? Placeholder, int Width)> _parts;

    private IndexNumberTemplate(string text, IReadOnlyList<(string? Literal, string? Placeholder, int Width)> parts)
    {
        Text = text;
        _parts = parts;
    }

    /// <summary>The template as written.</summary>
    public string Text { get; }

    /// <summary>The default template, parsed.</summary>
    public static IndexNumberTemplate DefaultTemplate { get; } = Parse(Default).Value;

    /// <summary>Parses a template; refusals (in Chinese) name the problem.</summary>
    public static Result<IndexNumberTemplate> Parse(string? text)
    {
        var template = (text ?? string.Empty).Trim();
        if (template.Length == 0)
        {
            return Result.Refused<IndexNumberTemplate>("索引号模板不能为空。");
        }

        var parts = new List<(string? Literal, string? Placeholder, int Width)>();
        var literal = new StringBuilder();
        for (var i = 0; i < template.Length; i++)
        {
            var c = template[i];
            if (c == '}')
            {
                return Result.Refused<IndexNumberTemplate>($"索引号模板第 {i + 1} 个字符“}}”没有对应的“{{”。");
            }

            if (c != '{')
            {
                literal.Append(c);
                continue;
            }

            var close = template.IndexOf('}', i + 1);
            if (close < 0)
            {
                return Result.Refused<IndexNumberTemplate>($"索引号模板第 {i + 1} 个字符“{{”没有对应的“}}”。");
            }

            var name = template[(i + 1)..close];
            var placeholder = ReadPlaceholder(name);
            if (placeholder is null)
            {
                return Result.Refused<IndexNumberTemplate>(
                    $"索引号模板中的“{{{name}}}”无法识别（可用：{{统一社会信用代码}}、{{组织机构代码}}、{{yyyy}}、{{MM}}、{{seq:00000}}）。");
            }

            if (literal.Length > 0)
            {
                parts.Add((literal.ToString(), null, 0));
                literal.Clear();
            }

            parts.Add((null, placeholder.Value.Name, placeholder.Value.Width));
            i = close;
        }

        if (literal.Length > 0)
        {
            parts.Add((literal.ToString(), null, 0));
        }

        var sequences = parts.Count(p => p.Placeholder == "seq");
        if (sequences != 1)
        {
            return Result.Refused<IndexNumberTemplate>("索引号模板必须恰好包含一个顺序号 {seq:00000}，否则索引号会重复。");
        }

        return parts.Exists(p => p.Placeholder == "yyyy")
            ? Result.Success(new IndexNumberTemplate(template, parts))
            : Result.Refused<IndexNumberTemplate>("索引号模板必须包含年份 {yyyy}：顺序号每年重新起算，缺少年份会使不同年份的索引号重复。");
    }

    /// <summary>The 索引号 for the <paramref name="sequence"/>-th item the agency publishes in <paramref name="publishedOn"/>'s year.</summary>
    /// <param name="creditCode">The publishing agency's unified social credit code.</param>
    /// <param name="publishedOn">The publication date (its year and month are used).</param>
    /// <param name="sequence">The sequence number within the year, from 1.</param>
    public string Render(UnifiedSocialCreditCode creditCode, DateOnly publishedOn, int sequence)
    {
        ArgumentNullException.ThrowIfNull(creditCode);
        ArgumentOutOfRangeException.ThrowIfLessThan(sequence, 1);
        var text = new StringBuilder();
        foreach (var (literal, placeholder, width) in _parts)
        {
            text.Append(placeholder switch
            {
                null => literal,
                "credit" => creditCode.Value,
                "org" => creditCode.Value.Substring(8, 9),
                "yyyy" => publishedOn.Year.ToString("D4", CultureInfo.InvariantCulture),
                "MM" => publishedOn.Month.ToString("D2", CultureInfo.InvariantCulture),
                _ => sequence.ToString("D" + width.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture),
            });
        }

        return text.ToString();
    }

    /// <inheritdoc />
    public override string ToString() => Text;

    private static (string Name, int Width)? ReadPlaceholder(string name)
    {
        switch (name)
        {
            case "统一社会信用代码":
                return ("credit", 0);
            case "组织机构代码":
                return ("org", 0);
            case "yyyy":
                return ("yyyy", 0);
            case "MM":
                return ("MM", 0);
            case "seq":
                return ("seq", 1);
        }

        if (!name.StartsWith("seq:", StringComparison.Ordinal))
        {
            return null;
        }

        var format = name[4..];
        return format.Length is >= 1 and <= 9 && format.All(ch => ch == '0') ? ("seq", format.Length) : null;
    }
}
