namespace Gongkai.Domain.Reports.Checks;

/// <summary>How a heading or list item is numbered.</summary>
internal enum ListMarkerStyle
{
    /// <summary>（1）</summary>
    ParenthesisedArabic,

    /// <summary>（一）</summary>
    ParenthesisedChinese,

    /// <summary>1、 or 1.</summary>
    ArabicWithComma,

    /// <summary>一、</summary>
    ChineseWithComma,
}
