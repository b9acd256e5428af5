namespace Gongkai.Application.Persistence;

/// <summary>
/// An entity guarded by optimistic concurrency: <see cref="Version"/> is a concurrency token that the
/// context increments on every update, so that a clerk saving over a colleague's newer change gets a
/// conflict instead of silently overwriting it. A plain integer works the same on SQLite and PostgreSQL.
/// </summary>
public interface IVersioned
{
    long Version { get; set; }
}
