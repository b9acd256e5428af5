namespace Gongkai.Application.Auditing;

/// <summary>Who is making the current change (the signed-in user in the web app).</summary>
public interface IAuditActor
{
    /// <summary>The user id, or <see cref="SystemAuditActor.SystemId"/>.</summary>
    string ActorId { get; }
}
