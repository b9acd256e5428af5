namespace Gongkai.Domain.Requests;

/// <summary>Why the reply clock stood still.</summary>
public enum PauseKind
{
    /// <summary>征求第三方意见 (Art. 32, 33 ¶3).</summary>
    ThirdPartyConsultation,

    /// <summary>征求其他机关意见 (Art. 34, 33 ¶3).</summary>
    AgencyConsultation,

    /// <summary>收费通知至缴费 (国办函〔2020〕109号).</summary>
    FeeNotice,
}
