using Gongkai.Application.Agencies;
using Gongkai.Application.Requests;
using Gongkai.Domain.Applicants;
using Gongkai.Domain.Calendars;
using Gongkai.Domain.Requests;

namespace Gongkai.Application.Demo;

/// <summary>
/// Demo requests: the seed agency's one 2020 request (a natural person, 予以公开, as in the seed report),
/// and a current workload in every state, some overdue, relative to today. The people are fictitious;
/// identity numbers carry valid check characters.
/// </summary>
internal static class DemoRequests
{
    public static IEnumerable<RequestRecord> For(Agency subdistrict, Agency sibling, DateOnly today, WorkingDayCalendar calendar, DateTimeOffset now)
    {
        var year2020 = Build(subdistrict, "2020-0001", new DateOnly(2020, 6, 10), "张某某", "关于本街道2020年老旧小区改造项目的实施方案", now,
            RequestEvent.Replied(new DateOnly(2020, 6, 24), Disposition.Disclosed),
            RequestEvent.Closed(new DateOnly(2020, 6, 30)));
        if (Try(year2020, calendar) is { } first)
        {
            yield return first;
        }

        var d = (int days) => today.AddDays(-days);
        var workload = new List<RequestRecord>
        {
            Build(subdistrict, "", d(40), "李某", "辖区内某路段道路改造的立项批复文件", now),
            Build(subdistrict, "", d(2), "王某", "本街道2026年度财政预算执行情况", now),
            Build(subdistrict, "", d(25), "赵某", "社区卫生服务站设置审批材料", now),
            Build(subdistrict, "", d(10), "钱某", "某小区加装电梯补贴发放名单的依据文件", now,
                RequestEvent.CorrectionRequested(d(8), today.AddDays(7))),
            Build(subdistrict, "", d(12), "孙某", "某企业在辖区内的环境影响评价批复", now,
                RequestEvent.ConsultationStarted(d(5), ConsultationKind.ThirdParty)),
            Build(subdistrict, "", d(15), "周某", "近三年辖区拆迁安置补偿标准的全部文件", now,
                RequestEvent.FeeNoticeIssued(d(3), 100m, today.AddDays(10))),
            Build(subdistrict, "", d(30), "吴某", "街道办事处2025年政府信息公开工作年度报告纸质版", now,
                RequestEvent.Replied(d(10), Disposition.Disclosed)),
            Build(subdistrict, "", d(60), "郑某", "某次会议的内部讨论记录", now,
                RequestEvent.Replied(d(40), Disposition.Parse("withheld_process_info")),
                RequestEvent.Closed(d(35))),
            Build(subdistrict, "", d(45), "冯某", "辖区内违法建设查处的全部行政执法案卷", now,
                RequestEvent.Extended(d(20), 20, "新建路街道办事处主任")),
            Build(sibling, "", d(5), "陈某", "新华路街道2026年民生实事项目清单", now),
        };
        var sequence = new Dictionary<Guid, int>();
        foreach (var record in workload)
        {
            var next = sequence.GetValueOrDefault(record.AgencyId) + 1;
            sequence[record.AgencyId] = next;
            record.Number = $"{today.Year:D4}-{next:D4}";
            if (Try(record, calendar) is { } built)
            {
                yield return built;
            }
        }
    }

    private static RequestRecord? Try(RequestRecord record, WorkingDayCalendar calendar)
    {
        try
        {
            RequestCases.Store(record, RequestCases.Rebuild(record, calendar), calendar);
            return record;
        }
        catch (Exception e) when (e is InvalidOperationException or ArgumentOutOfRangeException)
        {
            // A step the calendar cannot check yet (e.g. next year's holidays unpublished): leave it out of the demo.
            return null;
        }
    }

    private static RequestRecord Build(Agency agency, string number, DateOnly received, string name, string description, DateTimeOffset now, params RequestEvent[] steps)
    {
        var record = new RequestRecord
        {
            AgencyId = agency.Id,
            Number = number,
            Channel = RequestChannel.InPerson,
            SubmittedOn = received,
            ReceivedOn = received,
            ApplicantKind = ApplicantKind.NaturalPerson,
            ApplicantName = name,
            IdentityKind = IdentityDocumentKind.ResidentIdCard,
            IdentityNumber = DemoIdentity(received),
            Contact = "河南省新郑市（演示数据）",
            Description = description,
            Form = RequestedForm.Paper,
            Delivery = DeliveryMethod.CollectInPerson,
            RegisteredAt = now,
        };
        var sequence = 0;
        foreach (var step in steps)
        {
            record.Steps.Add(new RequestStepRecord
            {
                RequestId = record.Id,
                AgencyId = agency.Id,
                Sequence = ++sequence,
                Kind = step.Kind,
                On = step.On,
                Consultation = step.Consultation,
                WorkingDays = step.WorkingDays,
                Approver = step.Approver,
                DispositionKey = step.Disposition?.Key,
                Until = step.Until,
                FeeAmount = step.FeeAmount,
                RecordedAt = now,
                RecordedBy = "演示数据",
            });
        }

        return record;
    }

    private static string DemoIdentity(DateOnly seed)
    {
        var first17 = $"410184199001{seed.Day % 28 + 1:D2}{seed.Month * 7 % 1000:D3}";
        return first17 + ResidentIdNumber.CheckCharacter(first17);
    }
}
