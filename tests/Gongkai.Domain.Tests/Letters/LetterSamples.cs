using Gongkai.Domain.Letters;
using Gongkai.Domain.Requests;

namespace Gongkai.Domain.Tests.Letters;

/// <summary>A subdistrict office and a request, as letters see them.</summary>
internal static class LetterSamples
{
    public static readonly LetterIssuer Issuer = new(
        "新郑市新建路街道办事处", "党政办公室", "新郑市人民路与阁老路交叉口东南角", "0371-62593612", "新郑市人民政府", "新郑市人民政府门户网站行政复议栏目");

    public static LetterFacts Facts(LetterKind kind) => new()
    {
        Kind = kind,
        Number = LetterNumber.Format("新郑市新建路街道", kind, 2026, 3),
        IssuedOn = new DateOnly(2026, 3, 20),
        ApplicantName = "张三",
        ReceivedOn = new DateOnly(2026, 3, 2),
        Channel = RequestChannel.Online,
        Description = "2025年辖区老旧小区改造项目的招标文件",
        Particulars = kind switch
        {
            LetterKind.CorrectionNotice => "请说明所需招标文件对应的小区名称",
            LetterKind.ExtensionNotice => "所需信息涉及多个科室，需要汇总核对",
            LetterKind.ThirdPartyConsultation => "招标文件中含有贵公司的报价和技术方案，可能涉及商业秘密",
            LetterKind.FeeNotice => "按件计收：您本月第12件申请，适用11—20件每件100元档；请通过非税收入缴款码缴纳",
            LetterKind.Reply => "本机关已通过电子邮件将招标文件（共12页）发送至您预留的邮箱",
        },
        Until = kind switch
        {
            LetterKind.CorrectionNotice => new DateOnly(2026, 4, 10),
            LetterKind.ExtensionNotice => new DateOnly(2026, 4, 28),
            LetterKind.FeeNotice => new DateOnly(2026, 4, 17),
            _ => null,
        },
        WorkingDays = kind == LetterKind.ExtensionNotice ? 20 : null,
        FeeAmount = kind == LetterKind.FeeNotice ? 100m : null,
        ThirdParty = kind == LetterKind.ThirdPartyConsultation ? "郑州某某建设有限公司" : null,
        Disposition = kind == LetterKind.Reply ? Disposition.Disclosed : null,
    };
}
