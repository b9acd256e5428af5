namespace Gongkai.Domain.Catalogue;

/// <summary>How an item stands against the Art. 26 publication period.</summary>
public enum TimelinessStatus
{
    /// <summary>Published within the period.</summary>
    OnTime,

    /// <summary>Published after the period: flagged.</summary>
    Late,

    /// <summary>Not yet published, and the period is still running.</summary>
    Pending,

    /// <summary>Not yet published, and the period has passed: flagged.</summary>
    Overdue,

    /// <summary>The working-day calendar does not cover the dates, so nothing can be said.</summary>
    Unknown,
}
