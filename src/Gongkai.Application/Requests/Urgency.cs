namespace Gongkai.Application.Requests;

/// <summary>How pressing an open request is, for the inbox's colours.</summary>
public enum Urgency
{
    /// <summary>Past its reply deadline.</summary>
    Overdue,

    /// <summary>Three working days or fewer left.</summary>
    DueSoon,

    /// <summary>More time left.</summary>
    OnTrack,

    /// <summary>The clock is paused (consultation, fee) or waits for a correction.</summary>
    Paused,

    /// <summary>Replied or closed.</summary>
    Done,
}
