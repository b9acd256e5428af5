namespace Gongkai.Application.Auditing;

/// <summary>The actor for work nobody signed in does: migrations, demo data, command-line tools.</summary>
public sealed class SystemAuditActor : IAuditActor
{
    public const string SystemId = "system";

    public static SystemAuditActor Instance { get; } = new();

    public string ActorId => SystemId;
}
