using Gongkai.Domain.Letters;

namespace Gongkai.Application.Letters;

/// <summary>A step of a request that produces a letter, with the letter if it has been issued.</summary>
public sealed record StepLetter(Guid StepId, int Sequence, DateOnly On, LetterKind Kind, string KindTitle, string? Number, string? FileName);
