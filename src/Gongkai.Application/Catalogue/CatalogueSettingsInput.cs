namespace Gongkai.Application.Catalogue;

/// <summary>What an agency administrator edits: the 索引号 template, the fax number and the 指南's section edits.</summary>
public sealed record CatalogueSettingsInput(string IndexTemplate, string Fax, IReadOnlyList<GuideSectionEdit> GuideEdits, long Version);
