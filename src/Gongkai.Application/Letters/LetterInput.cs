namespace Gongkai.Application.Letters;

/// <summary>What the clerk adds when issuing a letter: the case-specific wording, and the third party consulted.</summary>
/// <param name="Particulars">Reasons, defects, how to obtain, fee calculation; null takes the step's note.</param>
/// <param name="ThirdParty">The third party's name (consultation letters only).</param>
public sealed record LetterInput(string? Particulars = null, string? ThirdParty = null);
