using Gongkai.Domain.Requests;
using static Gongkai.Domain.Tests.Requests.Sample;

namespace Gongkai.Domain.Tests.Requests;

public class ReplyDeadlineTests
{
    [Theory(DisplayName = "条例第三十三条：自收到申请之日起 20 个工作日内答复（收到当日不计）")]
    [InlineData("2020-01-20", "2020-02-25")] // 春节 2020, extended to 02-02
    [InlineData("2024-03-01", "2024-03-29")]
    [InlineData("2024-09-25", "2024-10-28")] // 国庆节 week
    [InlineData("2024-09-20", "2024-10-23")] // make-up 09-29 and 10-12 counted
    [InlineData("2024-12-20", "2025-01-20")] // across 31 December
    public void Reply_Within20WorkingDays(string received, string deadline) =>
        Assert.Equal(D(deadline), new ReplyClock(D(received)).Deadline(Calendar).Date);

    [Fact(DisplayName = "答复期限自带说明，办事人员可以手工核对（2020 年春节）")]
    public void Explanation_SpringFestival2020()
    {
        var deadline = new ReplyClock(D("2020-01-20")).Deadline(Calendar);
        Assert.StartsWith("答复期限 2020-02-25：01-20 收到申请，自次日起算 20 个工作日", deadline.Explanation, StringComparison.Ordinal);
        Assert.Contains("春节假期 01-24 至 02-02 不计", deadline.Explanation, StringComparison.Ordinal);
        Assert.Contains("民法典第二百零一条", deadline.Explanation, StringComparison.Ordinal);
    }

    [Fact(DisplayName = "调休上班日计入并在说明中写明（2024 年国庆节）")]
    public void Explanation_NamesMakeupDays()
    {
        var text = new ReplyClock(D("2024-09-20")).Deadline(Calendar).Explanation;
        Assert.Contains("09-29（星期日）为国庆节调休上班日，计入", text, StringComparison.Ordinal);
        Assert.Contains("10-12（星期六）为国庆节调休上班日，计入", text, StringComparison.Ordinal);
        Assert.Contains("国庆节假期 10-01 至 10-07 不计", text, StringComparison.Ordinal);
    }

    [Fact(DisplayName = "条例第三十条：收到补正材料之日起重新计算答复期限")]
    public void Correction_RestartsTheClock()
    {
        var deadline = new ReplyClock(D("2024-03-01"), CorrectionReceivedOn: D("2024-03-20")).Deadline(Calendar);
        Assert.Equal(D("2024-04-18"), deadline.Date); // 清明节 04-04..04-06 skipped, make-up Sunday 04-07 counted
        Assert.Contains("03-20 收到补正材料，答复期限自收到补正之日重新计算（条例第三十条）", deadline.Explanation, StringComparison.Ordinal);
        Assert.Contains("清明节假期 04-04 至 04-06 不计", deadline.Explanation, StringComparison.Ordinal);
    }

    [Fact(DisplayName = "条例第三十三条第三款：征求第三方意见所需时间不计算在答复期限内")]
    public void Consultation_PausesTheClock()
    {
        var clock = new ReplyClock(D("2024-03-01"), Pauses: [ReplyPause.Between(PauseKind.ThirdPartyConsultation, D("2024-03-05"), D("2024-03-26"))]);
        var deadline = clock.Deadline(Calendar);
        Assert.Equal(15, deadline.PausedWorkingDays);
        Assert.Equal(D("2024-04-22"), deadline.Date); // 20 + 15 working days after 03-01
        Assert.Contains("征求第三方意见（条例第三十二条、第三十三条第三款） 03-05 至 03-26，其间 15 个工作日不计", deadline.Explanation, StringComparison.Ordinal);
    }

    [Fact(DisplayName = "以工作日数给出的征求意见期间同样不计")]
    public void ConsultationByLength_PausesTheClock() =>
        Assert.Equal(D("2024-04-22"), new ReplyClock(D("2024-03-01"), Pauses: [ReplyPause.OfLength(PauseKind.AgencyConsultation, 15)]).Deadline(Calendar).Date);

    [Fact(DisplayName = "重叠的暂停期间只计一次")]
    public void OverlappingPauses_CountOnce()
    {
        var clock = new ReplyClock(D("2024-03-01"), Pauses:
        [
            ReplyPause.Between(PauseKind.ThirdPartyConsultation, D("2024-03-05"), D("2024-03-26")),
            ReplyPause.Between(PauseKind.AgencyConsultation, D("2024-03-10"), D("2024-03-20")),
        ]);
        Assert.Equal(15, clock.Deadline(Calendar).PausedWorkingDays);
    }

    [Fact(DisplayName = "条例第三十三条第二款：经负责人同意延长，最长 20 个工作日")]
    public void Extension_AddsWorkingDays()
    {
        var deadline = new ReplyClock(D("2024-03-01"), Extension: new ReplyExtension(20, "李四")).Deadline(Calendar);
        Assert.Equal(D("2024-04-28"), deadline.Date); // lands on the make-up Sunday for 劳动节
        Assert.Contains("经李四同意延长 20 个工作日", deadline.Explanation, StringComparison.Ordinal);
    }

    [Fact(DisplayName = "条例第三十五条：延迟答复期限取代法定期限，说明中保留法定期限")]
    public void DelayedReply_ReplacesTheDate()
    {
        var deadline = new ReplyClock(D("2024-03-01"), DelayedUntil: D("2024-06-28")).Deadline(Calendar);
        Assert.Equal(D("2024-06-28"), deadline.Date);
        Assert.Equal(D("2024-03-29"), deadline.StatutoryDate);
        Assert.Contains("条例第三十五条", deadline.Explanation, StringComparison.Ordinal);
    }

    [Fact(DisplayName = "征求意见进行中，答复期限暂停，说明已用和尚余的工作日")]
    public void OpenConsultation_SuspendsTheDeadline()
    {
        var deadline = new ReplyClock(D("2024-03-01"), Pauses: [ReplyPause.Between(PauseKind.ThirdPartyConsultation, D("2024-03-05"), null)]).Deadline(Calendar);
        Assert.True(deadline.IsSuspended);
        Assert.Null(deadline.Date);
        Assert.Contains("此前已用 2 个工作日，尚余 18 个工作日", deadline.Explanation, StringComparison.Ordinal);
    }

    [Theory(DisplayName = "条例第三十条：补正告知在收到申请之日起 7 个工作日内")]
    [InlineData("2024-03-01", "2024-03-12")]
    [InlineData("2024-09-20", "2024-09-30")]
    [InlineData("2020-01-20", "2020-02-06")]
    public void CorrectionNotice_Within7WorkingDays(string received, string deadline) =>
        Assert.Equal(D(deadline), new ReplyClock(D(received)).CorrectionNoticeDeadline(Calendar).Date);
}
