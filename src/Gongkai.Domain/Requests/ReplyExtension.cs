namespace Gongkai.Domain.Requests;

/// <summary>
/// The one extension of the reply period (Regulation Art. 33 ¶2): "延长的期限最长不得超过20个工作日", with the consent
/// of the head of the disclosure office and notice to the applicant.
/// </summary>
/// <param name="WorkingDays">1 to 20 working days.</param>
/// <param name="Approver">Who consented (政府信息公开工作机构负责人); null when not recorded (CLI what-if).</param>
public sealed record ReplyExtension(int WorkingDays, string? Approver)
{
    /// <summary>The statutory maximum.</summary>
    public const int MaximumWorkingDays = 20;
}
