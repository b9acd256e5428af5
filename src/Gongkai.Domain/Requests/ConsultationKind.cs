namespace Gongkai.Domain.Requests;

/// <summary>Whom the agency consults; either way the time is not counted in the reply period (Art. 33 ¶3).</summary>
public enum ConsultationKind
{
    /// <summary>征求第三方意见 (Art. 32): the third party has 15 working days.</summary>
    ThirdParty,

    /// <summary>征求其他机关意见 (Art. 34): the other agency has 15 working days; silence is consent.</summary>
    OtherAgency,
}
