using System.Globalization;
using Gongkai.Domain.Applicants;
using Gongkai.Domain.Calendars;
using Gongkai.Domain.Requests;

namespace Gongkai.Domain.Tests.Requests;

/// <summary>Real-looking requests for the tests (the ID number is the GB 11643 standard's example).</summary>
internal static class Sample
{
    public static WorkingDayCalendar Calendar => WorkingDayCalendar.Embedded;

    public static DateOnly D(string text) => DateOnly.ParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static DisclosureRequest Request(string receivedOn, ApplicantKind kind = ApplicantKind.NaturalPerson) => new(
        new Applicant(kind, "张三", new IdentityDocument(IdentityDocumentKind.ResidentIdCard, "11010519491231002X"), "13800000000"),
        RequestChannel.Online,
        D(receivedOn),
        "2023年本区老旧小区改造项目清单",
        RequestedForm.Electronic,
        DeliveryMethod.Email);

    public static RequestCase Case(string receivedOn, params RequestEvent[] steps)
    {
        var current = RequestCase.Register(Request(receivedOn));
        foreach (var step in steps)
        {
            var next = current.Apply(step, Calendar);
            Assert.True(next.IsSuccess, next.Refusal);
            current = next.Value;
        }

        return current;
    }
}
