using Gongkai.Domain.Requests;
using static Gongkai.Domain.Tests.Requests.Sample;

namespace Gongkai.Domain.Tests.Requests;

public class RequestLifecycleTests
{
    [Fact(DisplayName = "登记 → 补正 → 收到补正 → 答复 → 归档，答复期限自收到补正之日重新计算")]
    public void CorrectionPath_RestartsTheClock()
    {
        var c = Case("2024-03-01",
            RequestEvent.CorrectionRequested(D("2024-03-05"), until: D("2024-03-19")),
            RequestEvent.CorrectionReceived(D("2024-03-20")));
        Assert.Equal(RequestState.Registered, c.State);
        Assert.Equal(D("2024-04-18"), c.ReplyDeadline(Calendar).Date);

        c = c.Apply(RequestEvent.Replied(D("2024-04-18"), Disposition.Disclosed), Calendar).Value
            .Apply(RequestEvent.Closed(D("2024-04-19")), Calendar).Value;
        Assert.Equal(RequestState.Closed, c.State);
        Assert.Equal(D("2024-04-18"), c.ConcludedOn);
        Assert.Same(Disposition.Disclosed, c.Disposition);
        Assert.False(c.RepliedLate(Calendar));
    }

    [Fact(DisplayName = "征求第三方意见期间答复期限暂停，结束后续算")]
    public void Consultation_PausesThenResumes()
    {
        var c = Case("2024-03-01", RequestEvent.ConsultationStarted(D("2024-03-05"), ConsultationKind.ThirdParty));
        Assert.Equal(RequestState.InConsultation, c.State);
        Assert.True(c.ReplyDeadline(Calendar).IsSuspended);
        c = c.Apply(RequestEvent.ConsultationEnded(D("2024-03-26")), Calendar).Value;
        Assert.Equal(D("2024-04-22"), c.ReplyDeadline(Calendar).Date);
    }

    [Fact(DisplayName = "收费通知至缴费期间不计入答复期限")]
    public void FeeNotice_PausesTheClock()
    {
        var c = Case("2024-03-01",
            RequestEvent.FeeNoticeIssued(D("2024-03-05"), 300m, until: D("2024-04-02")),
            RequestEvent.FeePaid(D("2024-03-26")));
        Assert.Equal(D("2024-04-22"), c.ReplyDeadline(Calendar).Date);
    }

    [Fact(DisplayName = "经负责人同意延长 20 个工作日，批准人记录在案")]
    public void Extension_IsRecordedWithApprover()
    {
        var c = Case("2024-03-01", RequestEvent.Extended(D("2024-03-28"), 20, "李四"));
        Assert.Equal("李四", c.Clock.Extension?.Approver);
        Assert.Equal(D("2024-04-28"), c.ReplyDeadline(Calendar).Date);
    }

    [Theory(DisplayName = "以其他方式结束的申请归入表三（六）其他处理的相应行")]
    [InlineData("deemed", "other_no_correction")]
    [InlineData("fee", "other_fee_unpaid")]
    [InlineData("withdrawn", "other_misc")]
    public void EndingsWithoutReply_MapToOtherHandling(string ending, string row)
    {
        var c = ending switch
        {
            "deemed" => Case("2024-03-01", RequestEvent.CorrectionRequested(D("2024-03-04"), D("2024-03-18")), RequestEvent.DeemedWithdrawn(D("2024-03-19"))),
            "fee" => Case("2024-03-01", RequestEvent.FeeNoticeIssued(D("2024-03-04"), 100m, D("2024-04-01")), RequestEvent.FeeUnpaid(D("2024-04-02"))),
            _ => Case("2024-03-01", RequestEvent.Withdrawn(D("2024-03-04"))),
        };
        Assert.Equal(RequestState.Closed, c.State);
        Assert.Equal(row, c.Disposition?.Key);
        Assert.NotNull(c.ConcludedOn);
    }

    public static TheoryData<string, RequestEvent[], RequestEvent, string> IllegalSteps => new()
    {
        { "补正只能一次", [RequestEvent.CorrectionRequested(D("2024-03-04")), RequestEvent.CorrectionReceived(D("2024-03-06"))], RequestEvent.CorrectionRequested(D("2024-03-07")), "一次性" },
        { "补正告知超过 7 个工作日", [], RequestEvent.CorrectionRequested(D("2024-03-13")), "7 个工作日内" },
        { "补正期限未满不能视为放弃", [RequestEvent.CorrectionRequested(D("2024-03-04"), D("2024-03-18"))], RequestEvent.DeemedWithdrawn(D("2024-03-18")), "尚未届满" },
        { "未发补正不能视为放弃", [], RequestEvent.DeemedWithdrawn(D("2024-03-18")), "不能按视为放弃申请办结" },
        { "延长只能一次", [RequestEvent.Extended(D("2024-03-20"), 10, "李四")], RequestEvent.Extended(D("2024-03-21"), 10, "李四"), "只能延长一次" },
        { "延长不超过 20 个工作日", [], RequestEvent.Extended(D("2024-03-20"), 21, "李四"), "不得超过 20 个工作日" },
        { "延长须经负责人同意", [], RequestEvent.Extended(D("2024-03-20"), 10, " "), "负责人同意" },
        { "期限届满后不能延长", [], RequestEvent.Extended(D("2024-04-01"), 10, "李四"), "已届满" },
        { "等待补正时不能答复", [RequestEvent.CorrectionRequested(D("2024-03-04"))], RequestEvent.Replied(D("2024-03-05"), Disposition.Disclosed), "等待补正" },
        { "征求意见中不能答复", [RequestEvent.ConsultationStarted(D("2024-03-04"), ConsultationKind.OtherAgency)], RequestEvent.Replied(D("2024-03-05"), Disposition.Disclosed), "征求意见结束" },
        { "逾期不补正不是答复结果", [], RequestEvent.Replied(D("2024-03-05"), Disposition.OtherNoCorrection), "不是答复结果" },
        { "未经补正不能答复补正后仍不明确", [], RequestEvent.Replied(D("2024-03-05"), Disposition.Parse("unable_still_unclear")), "补正后申请内容仍不明确" },
        { "已答复不能再延长", [RequestEvent.Replied(D("2024-03-05"), Disposition.Disclosed)], RequestEvent.Extended(D("2024-03-06"), 5, "李四"), "只能归档" },
        { "已办结不能再答复", [RequestEvent.Withdrawn(D("2024-03-05"))], RequestEvent.Replied(D("2024-03-06"), Disposition.Disclosed), "已办结" },
        { "日期不能倒退", [RequestEvent.ConsultationStarted(D("2024-03-10"), ConsultationKind.ThirdParty)], RequestEvent.ConsultationEnded(D("2024-03-08")), "早于上一步" },
        { "未发收费通知不能登记缴费", [], RequestEvent.FeePaid(D("2024-03-05")), "不能登记缴费" },
        { "缴费期限未满不能按逾期未缴费处理", [RequestEvent.FeeNoticeIssued(D("2024-03-04"), 100m, D("2024-04-01"))], RequestEvent.FeeUnpaid(D("2024-03-20")), "尚未届满" },
        { "延迟答复期限只能确定一次", [RequestEvent.DelayedReplySet(D("2024-03-04"), D("2024-05-31"))], RequestEvent.DelayedReplySet(D("2024-03-05"), D("2024-06-28")), "确定过" },
    };

    [Theory(DisplayName = "不合法的办理步骤被拒绝，并说明办事人员看得懂的理由")]
    [MemberData(nameof(IllegalSteps))]
    public void IllegalStep_IsRefusedWithReason(string rule, RequestEvent[] before, RequestEvent step, string reason)
    {
        var c = Case("2024-03-01", before);
        var result = c.Apply(step, Calendar);
        Assert.False(result.IsSuccess, rule);
        Assert.Contains(reason, result.Refusal, StringComparison.Ordinal);
        Assert.Equal(before.Length, c.Events.Count);
    }

    [Fact(DisplayName = "逾期答复可以识别")]
    public void LateReply_IsRecognised() =>
        Assert.True(Case("2024-03-01", RequestEvent.Replied(D("2024-04-01"), Disposition.Disclosed)).RepliedLate(Calendar));

    [Fact(DisplayName = "申请人信息不以明文出现在日志文本中")]
    public void Applicant_ToStringMasksTheIdNumber()
    {
        var text = Request("2024-03-01").Applicant.ToString();
        Assert.DoesNotContain("11010519491231002X", text, StringComparison.Ordinal);
        Assert.DoesNotContain("张三", text, StringComparison.Ordinal);
    }
}
