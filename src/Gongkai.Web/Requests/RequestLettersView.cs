using Gongkai.Application.Letters;

namespace Gongkai.Web.Requests;

/// <summary>What the letters section shows.</summary>
public sealed record RequestLettersView(Guid RequestId, bool CanAct, IReadOnlyList<StepLetter> Letters);
