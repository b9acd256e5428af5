namespace Gongkai.Domain.Catalogue;

/// <summary>One 主题分类 (theme) of the gov.cn policy library's list.</summary>
/// <param name="Code">A stable two-digit code; items store the code.</param>
/// <param name="Label">The current wording.</param>
/// <param name="Aliases">Older wordings that still identify the theme (e.g. "民政、扶贫、救灾").</param>
public sealed record Topic(string Code, string Label, IReadOnlyList<string> Aliases);
