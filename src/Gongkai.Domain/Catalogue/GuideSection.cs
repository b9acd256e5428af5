namespace Gongkai.Domain.Catalogue;

/// <summary>One numbered section of the 指南: a heading and its paragraphs (plain text, escaped when shown).</summary>
/// <param name="Heading">E.g. "一、主动公开".</param>
/// <param name="Paragraphs">The section's text.</param>
public sealed record GuideSection(string Heading, IReadOnlyList<string> Paragraphs);
