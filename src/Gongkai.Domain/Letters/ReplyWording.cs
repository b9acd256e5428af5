namespace Gongkai.Domain.Letters;

/// <summary>
/// How a 答复书 words one disposition (one leaf row of table 三): the finding, the decision, the provisions cited,
/// what the clerk must add, and whether 复议前置 applies (letters.md §2.7, §1.5).
/// </summary>
/// <param name="DispositionKey">The row key, e.g. <c>withheld_state_secret</c>.</param>
/// <param name="Finding">经审查… : the facts found, in the law's words.</param>
/// <param name="Decision">The decision, e.g. 本机关决定不予公开。</param>
/// <param name="Basis">The provisions cited (E7).</param>
/// <param name="ParticularsHeading">How the clerk's own text is introduced, e.g. 理由如下：.</param>
/// <param name="ParticularsRequired">True when the letter cannot be issued without the clerk's text (reasons, search, pointer; letters.md §3 D2, D5, D10).</param>
/// <param name="ReviewFirst">True when the remedy clause must require 复议 first (行政复议法 Art. 23 ¶1(四)).</param>
public sealed record ReplyWording(
    string DispositionKey,
    string Finding,
    string Decision,
    IReadOnlyList<Citation> Basis,
    string ParticularsHeading,
    bool ParticularsRequired,
    bool ReviewFirst)
{
    /// <summary>The decision paragraph: 经审查，{finding}根据{basis}的规定，{decision}</summary>
    public string DecisionParagraph => Basis.Count == 0
        ? $"经审查，{Finding}{Decision}"
        : $"经审查，{Finding}根据{Citation.Prose(Basis)}的规定，{Decision}";
}
