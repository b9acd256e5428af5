using System.Globalization;
using System.Text;

namespace Gongkai.Domain.Fees;

/// <summary>A fee with its bands, e.g. 250 pages → 70 × 10 + 100 × 20 + 50 × 40 = 4,700 元.</summary>
/// <param name="Method">按件 or 按量.</param>
/// <param name="Units">Requests in the month, or pages.</param>
/// <param name="Bands">The bands that apply, in order (the free band included).</param>
/// <param name="Total">The fee in yuan.</param>
public sealed record FeeQuote(ChargingMethod Method, int Units, IReadOnlyList<FeeBand> Bands, decimal Total)
{
    /// <summary>The computation in Chinese, for the fee notice and the clerk.</summary>
    public string Explanation
    {
        get
        {
            var unit = Method == ChargingMethod.PerRequest ? "件" : "页";
            var text = new StringBuilder(Method == ChargingMethod.PerRequest
                ? $"按件计收（同一申请人一个自然月内累计 {Units} 件）："
                : $"按量计收（{Units} 页）：");
            var parts = Bands.Select(b => b.UnitPrice == 0
                ? $"第 {b.From}–{b.To} {unit}免费"
                : string.Create(CultureInfo.InvariantCulture, $"第 {b.From}–{b.To} {unit} {b.Units} {unit} × {b.UnitPrice:0} 元 = {b.Amount:#,0} 元"));
            text.AppendJoin("；", parts);
            text.Append(CultureInfo.InvariantCulture, $"；合计 {Total:#,0} 元（国办函〔2020〕109号，超额累进）。");
            return text.ToString();
        }
    }
}
