namespace Gongkai.Domain.Letters;

/// <summary>
/// One provision a letter cites, down to article, paragraph and item (letters.md §1.2 E7), e.g.
/// 《中华人民共和国政府信息公开条例》 + 第三十六条第（三）项.
/// </summary>
/// <param name="Law">The law's full title in 《》.</param>
/// <param name="Provision">The article and item, e.g. 第三十六条第（三）项; empty for a whole instrument.</param>
public sealed record Citation(string Law, string Provision)
{
    /// <summary>《中华人民共和国政府信息公开条例》 (国务院令第711号, 2019).</summary>
    public const string Regulation = "《中华人民共和国政府信息公开条例》";

    /// <summary>《政府信息公开信息处理费管理办法》 (国办函〔2020〕109号).</summary>
    public const string FeeMeasures = "《政府信息公开信息处理费管理办法》（国办函〔2020〕109号）";

    /// <summary>《中华人民共和国行政复议法》 (2023 revision, in force 2024-01-01).</summary>
    public const string ReviewLaw = "《中华人民共和国行政复议法》";

    /// <summary>A provision of the Regulation.</summary>
    public static Citation OfRegulation(string provision) => new(Regulation, provision);

    /// <summary>"《…》第三十条" as the letter prints it.</summary>
    public override string ToString() => Law + Provision;

    /// <summary>Several citations in prose: each law named once, its provisions joined by 、.</summary>
    public static string Prose(IEnumerable<Citation> citations) => string.Join(
        "和",
        citations.GroupBy(c => c.Law, StringComparer.Ordinal).Select(g => g.Key + string.Join("、", g.Select(c => c.Provision))));
}
