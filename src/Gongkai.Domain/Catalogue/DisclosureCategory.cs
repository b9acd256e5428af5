using Gongkai.Domain.Agencies;

namespace Gongkai.Domain.Catalogue;

/// <summary>
/// One item of proactive disclosure (主动公开) an agency must keep in its column: an Art. 20 item for every
/// agency, or an Art. 21 item for 设区的市级、县级 governments and their departments, or for 乡（镇） governments.
/// </summary>
/// <param name="Code">A stable code (e.g. "A20-01", "A21-T3"); items are stored by code, never by label.</param>
/// <param name="Article">The statute reference in Chinese, e.g. "第二十条第（一）项".</param>
/// <param name="Label">The statute's wording, shown as the category's name.</param>
/// <param name="Tiers">The tiers the item applies to; empty means every agency.</param>
/// <param name="GovernmentOnly">True when only the people's government itself (not its departments) must publish it.</param>
public sealed record DisclosureCategory(
    string Code,
    string Article,
    string Label,
    IReadOnlyList<AdministrativeTier> Tiers,
    bool GovernmentOnly)
{
    /// <summary>Whether an agency at <paramref name="level"/> must keep this item (Art. 20, 21).</summary>
    public bool AppliesTo(AgencyLevel level) =>
        (Tiers.Count == 0 || Tiers.Contains(level.Tier)) && (!GovernmentOnly || level.IsGovernment);
}
