using Gongkai.Application.Persistence;
using Gongkai.Domain.Remedies;

namespace Gongkai.Application.Reports;

/// <summary>An administrative reconsideration or lawsuit about the agency's disclosure work (Art. 51), usually linked to a request.</summary>
public sealed class RemedyCase : IAgencyOwned, IVersioned
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid AgencyId { get; set; }

    public Guid? RequestId { get; set; }

    public RemedyKind Kind { get; set; }

    /// <summary>The day the case was filed (申请复议或起诉之日); the report year counts cases filed in it.</summary>
    public DateOnly FiledOn { get; set; }

    /// <summary>The day of the decision or judgment; null while pending.</summary>
    public DateOnly? DecidedOn { get; set; }

    public RemedyResult Result { get; set; }

    /// <summary>The reconsideration body or court.</summary>
    public string Body { get; set; } = "";

    public string Note { get; set; } = "";

    public long Version { get; set; }
}
