using Gongkai.Application.Persistence;

namespace Gongkai.Application.Reports;

/// <summary>
/// One administrative figure of table 二 for a year, entered by the office (规章, 规范性文件, licences,
/// penalties, coercion, fees, procurement…); <see cref="CellKey"/> is the format's cell key, e.g.
/// <c>proactive.procurement.amount</c>, so the year's format decides which figures exist.
/// </summary>
public sealed class AdminFigure : IAgencyOwned
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid AgencyId { get; set; }

    public int Year { get; set; }

    public required string CellKey { get; set; }

    public decimal Value { get; set; }
}
