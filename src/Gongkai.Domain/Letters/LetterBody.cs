namespace Gongkai.Domain.Letters;

/// <summary>The kind-specific part of a letter: its paragraphs, the provisions cited and the remedy variant.</summary>
internal sealed record LetterBody(IReadOnlyList<string> Paragraphs, IReadOnlyList<Citation> Basis, bool ReviewFirst = false);
