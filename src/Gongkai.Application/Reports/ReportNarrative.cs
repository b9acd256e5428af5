namespace Gongkai.Application.Reports;

/// <summary>The narrative sections the office writes: 一 总体情况, 五 问题及改进, 六 其他事项.</summary>
public sealed record ReportNarrative(string Overview, string Problems, string OtherMatters);
