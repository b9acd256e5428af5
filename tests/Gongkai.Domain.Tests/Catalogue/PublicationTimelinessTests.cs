using Gongkai.Domain.Calendars;
using Gongkai.Domain.Catalogue;
using static Gongkai.Domain.Tests.Requests.Sample;

namespace Gongkai.Domain.Tests.Catalogue;

public class PublicationTimelinessTests
{
    [Theory(DisplayName = "条例第二十六条：自形成或者变更之日起 20 个工作日内公开，超期的标记")]
    [InlineData("2024-09-20", "2024-10-23", TimelinessStatus.OnTime)] // 国庆节 skipped, make-up days counted
    [InlineData("2024-09-20", "2024-10-24", TimelinessStatus.Late)]
    [InlineData("2024-03-01", "2024-03-01", TimelinessStatus.OnTime)]
    [InlineData("2024-03-01", "2024-03-29", TimelinessStatus.OnTime)]
    [InlineData("2024-03-01", "2024-04-01", TimelinessStatus.Late)]
    public void PublishedItems(string formed, string published, TimelinessStatus expected)
    {
        var result = PublicationTimeliness.Assess(D(formed), D(published), D(published), Calendar);
        Assert.Equal(expected, result.Status);
        Assert.Equal(expected == TimelinessStatus.Late, result.IsFlagged);
    }

    [Fact(DisplayName = "超期公开的说明写明期限和超期的工作日数")]
    public void LateExplanation()
    {
        var result = PublicationTimeliness.Assess(D("2024-09-20"), D("2024-10-25"), D("2024-10-25"), Calendar);
        Assert.Equal(D("2024-10-23"), result.Deadline);
        Assert.Equal(
            "2024-09-20 形成或变更，应于 20 个工作日内即 2024-10-23 前公开（条例第二十六条）；2024-10-25 才公开，超期 2 个工作日。",
            result.Explanation);
    }

    [Theory(DisplayName = "尚未公开的信息：期限内为待公开，期限已过为超期未公开")]
    [InlineData("2024-10-23", TimelinessStatus.Pending, false)]
    [InlineData("2024-10-24", TimelinessStatus.Overdue, true)]
    public void Unpublished(string today, TimelinessStatus expected, bool flagged)
    {
        var result = PublicationTimeliness.Assess(D("2024-09-20"), null, D(today), Calendar);
        Assert.Equal(expected, result.Status);
        Assert.Equal(flagged, result.IsFlagged);
    }

    [Fact(DisplayName = "法律、法规另有规定的公开期限从其规定")]
    public void OtherStatutoryPeriod() =>
        Assert.Equal(TimelinessStatus.Late, PublicationTimeliness.Assess(D("2024-03-01"), D("2024-03-12"), D("2024-03-12"), Calendar, workingDays: 5).Status);

    [Fact(DisplayName = "工作日历未覆盖的年份不臆测，结论为无法判断")]
    public void UnknownYear()
    {
        var result = PublicationTimeliness.Assess(D("2026-12-20"), D("2027-01-30"), D("2027-01-30"), WorkingDayCalendar.Embedded);
        Assert.Equal(TimelinessStatus.Unknown, result.Status);
        Assert.Null(result.Deadline);
        Assert.False(result.IsFlagged);
        Assert.Contains("工作日历未覆盖", result.Explanation, StringComparison.Ordinal);
    }
}
