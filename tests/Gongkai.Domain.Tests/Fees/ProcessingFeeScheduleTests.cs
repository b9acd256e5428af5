using Gongkai.Domain.Fees;

namespace Gongkai.Domain.Tests.Fees;

public class ProcessingFeeScheduleTests
{
    [Theory(DisplayName = "按件计收：同一申请人一个自然月内累计，10 件以下免费，11–30 件每件 100 元，此后每 10 件一档、每档加 100 元")]
    [InlineData(0, 0)]
    [InlineData(10, 0)]
    [InlineData(11, 100)]
    [InlineData(30, 2000)]
    [InlineData(31, 2200)]
    [InlineData(35, 3000)] // worked example of law-and-formats §2
    [InlineData(40, 4000)]
    [InlineData(41, 4300)]
    [InlineData(50, 7000)]
    [InlineData(51, 7400)]
    public void PerRequest_MarginalBands(int requests, int yuan) =>
        Assert.Equal(yuan, ProcessingFeeSchedule.PerRequest(requests).Total);

    [Theory(DisplayName = "按件计收：第 n 件的收费标准")]
    [InlineData(1, 0)]
    [InlineData(10, 0)]
    [InlineData(11, 100)]
    [InlineData(30, 100)]
    [InlineData(31, 200)]
    [InlineData(40, 200)]
    [InlineData(41, 300)]
    [InlineData(60, 400)]
    [InlineData(61, 500)]
    public void PerRequestPrice_OfTheNthRequest(int ordinal, int yuan) =>
        Assert.Equal(yuan, ProcessingFeeSchedule.PerRequestPrice(ordinal));

    [Theory(DisplayName = "按量计收：30 页以下免费，31–100 页每页 10 元，101–200 页每页 20 元，201 页以上每页 40 元")]
    [InlineData(0, 0)]
    [InlineData(30, 0)]
    [InlineData(31, 10)]
    [InlineData(100, 700)]
    [InlineData(101, 720)]
    [InlineData(200, 2700)]
    [InlineData(201, 2740)]
    [InlineData(250, 4700)] // worked example of law-and-formats §2
    public void PerPage_MarginalBands(int pages, int yuan) =>
        Assert.Equal(yuan, ProcessingFeeSchedule.PerPage(pages).Total);

    [Fact(DisplayName = "收费说明逐档列出：250 页 = 70 × 10 + 100 × 20 + 50 × 40 = 4,700 元")]
    public void PerPage_ExplainsItsBands()
    {
        var quote = ProcessingFeeSchedule.PerPage(250);
        Assert.Equal([(30, 0m), (70, 10m), (100, 20m), (50, 40m)], quote.Bands.Select(b => (b.Units, b.UnitPrice)));
        Assert.Contains("第 31–100 页 70 页 × 10 元 = 700 元", quote.Explanation, StringComparison.Ordinal);
        Assert.Contains("合计 4,700 元", quote.Explanation, StringComparison.Ordinal);
    }

    [Fact(DisplayName = "35 件 = 20 × 100 + 5 × 200 = 3,000 元，由第 10 件以后的申请负担")]
    public void PerRequest_WorkedExample()
    {
        var quote = ProcessingFeeSchedule.PerRequest(35);
        Assert.Equal([(10, 0m), (20, 100m), (5, 200m)], quote.Bands.Select(b => (b.Units, b.UnitPrice)));
        Assert.Equal(3000m, Enumerable.Range(1, 35).Sum(ProcessingFeeSchedule.PerRequestPrice));
    }

    [Fact(DisplayName = "每件申请只用一种方式计收；按件计收按同一申请人、同一自然月累计")]
    public void Assess_CountsPerApplicantPerCalendarMonth()
    {
        var requests = new List<FeeableRequest>();
        for (var day = 1; day <= 12; day++)
        {
            requests.Add(new FeeableRequest("ResidentIdCard:A", new DateOnly(2024, 3, day), ChargingMethod.PerRequest));
        }

        requests.Add(new FeeableRequest("ResidentIdCard:B", new DateOnly(2024, 3, 20), ChargingMethod.PerRequest)); // another applicant
        requests.Add(new FeeableRequest("ResidentIdCard:A", new DateOnly(2024, 4, 1), ChargingMethod.PerRequest)); // a new month
        requests.Add(new FeeableRequest("ResidentIdCard:A", new DateOnly(2024, 3, 25), ChargingMethod.PerPage, 40)); // 13th in March, by pages

        var fees = MonthlyFeeAssessment.Assess(requests);
        Assert.Equal(0m, fees[9]);
        Assert.Equal(100m, fees[10]);
        Assert.Equal(100m, fees[11]);
        Assert.Equal(0m, fees[12]);
        Assert.Equal(0m, fees[13]);
        Assert.Equal(100m, fees[14]); // 10 pages × 10 元, never per request as well
    }
}
