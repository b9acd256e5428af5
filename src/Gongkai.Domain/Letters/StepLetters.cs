using Gongkai.Domain.Requests;

namespace Gongkai.Domain.Letters;

/// <summary>Which letter a recorded step produces (issue 4: every lifecycle action produces its letter).</summary>
public static class StepLetters
{
    /// <summary>
    /// The letter of a step, or null for steps without one (receipt of a correction, end of consultation, payment,
    /// withdrawal, filing). Art. 34 consultation of another agency is an inter-agency letter and not produced here.
    /// </summary>
    public static LetterKind? For(RequestEvent step) => step.Kind switch
    {
        RequestEventKind.CorrectionRequested => LetterKind.CorrectionNotice,
        RequestEventKind.Extended => LetterKind.ExtensionNotice,
        RequestEventKind.ConsultationStarted when step.Consultation == ConsultationKind.ThirdParty => LetterKind.ThirdPartyConsultation,
        RequestEventKind.FeeNoticeIssued => LetterKind.FeeNotice,
        RequestEventKind.Replied or RequestEventKind.DeemedWithdrawn or RequestEventKind.FeeUnpaid => LetterKind.Reply,
        _ => null,
    };

    /// <summary>The disposition a reply letter states for a concluding step.</summary>
    public static Disposition? DispositionOf(RequestEvent step) => step.Kind switch
    {
        RequestEventKind.Replied => step.Disposition,
        RequestEventKind.DeemedWithdrawn => Disposition.OtherNoCorrection,
        RequestEventKind.FeeUnpaid => Disposition.OtherFeeUnpaid,
        _ => null,
    };
}
