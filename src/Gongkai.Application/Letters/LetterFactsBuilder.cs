using Gongkai.Application.Agencies;
using Gongkai.Application.Requests;
using Gongkai.Domain.Agencies;
using Gongkai.Domain.Calendars;
using Gongkai.Domain.Letters;
using Gongkai.Domain.Requests;

namespace Gongkai.Application.Letters;

/// <summary>Builds a letter's facts from the stored request and step, and the issuer from the agency record.</summary>
internal static class LetterFactsBuilder
{
    public static LetterFacts Facts(RequestRecord record, RequestStepRecord step, LetterKind kind, string number, LetterInput input, WorkingDayCalendar calendar)
    {
        var ordered = record.Steps.OrderBy(s => s.Sequence).ToList();
        var domainStep = RequestCases.ToDomain(step);
        return new LetterFacts
        {
            Kind = kind,
            Number = number,
            IssuedOn = step.On,
            ApplicantName = record.ApplicantName,
            ReceivedOn = record.ReceivedOn,
            Channel = record.Channel,
            Description = record.Description,
            EarlierSteps = ordered.Where(s => s.Sequence < step.Sequence).Select(RequestCases.ToDomain).ToList(),
            Particulars = string.IsNullOrWhiteSpace(input.Particulars) ? NullIfBlank(step.Note) : input.Particulars.Trim(),
            Until = kind == LetterKind.ExtensionNotice ? DeadlineAfter(record, ordered, step, calendar) : step.Until,
            WorkingDays = step.WorkingDays,
            FeeAmount = step.FeeAmount,
            ThirdParty = NullIfBlank(input.ThirdParty),
            Disposition = StepLetters.DispositionOf(domainStep),
            ServedElectronically = record.Delivery is DeliveryMethod.Email or DeliveryMethod.Online,
        };
    }

    /// <summary>
    /// The issuer as the agency's record stands now (frozen into the letter). The 复议机关 is the agency's own setting,
    /// or else the parent in the agency tree when that is a people's government or 街道办事处 (行政复议法 2023 Art. 24 ¶1(一)(三):
    /// a department's own government, or the government that set up a 派出机关).
    /// </summary>
    public static LetterIssuer Issuer(Agency agency, Agency? parent)
    {
        var reviewBody = !string.IsNullOrWhiteSpace(agency.ReviewBody)
            ? agency.ReviewBody
            : parent is not null && AgencyLevel.FromName(parent.Name).IsGovernment ? parent.Name : null;
        return new LetterIssuer(agency.Name, agency.DisclosureOffice, agency.Address, agency.Phone, reviewBody, NullIfBlank(agency.OnlineReviewChannel));
    }

    /// <summary>The reply deadline as it stands right after <paramref name="step"/> (the extension's new latest date).</summary>
    private static DateOnly? DeadlineAfter(RequestRecord record, List<RequestStepRecord> ordered, RequestStepRecord step, WorkingDayCalendar calendar)
    {
        var current = RequestCase.Register(RequestCases.ToDomain(record));
        foreach (var earlier in ordered.Where(s => s.Sequence <= step.Sequence))
        {
            var next = current.Apply(RequestCases.ToDomain(earlier), calendar);
            if (!next.IsSuccess)
            {
                return null;
            }

            current = next.Value;
        }

        return RequestCases.Deadline(current, calendar).Deadline?.Date;
    }

    private static string? NullIfBlank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
