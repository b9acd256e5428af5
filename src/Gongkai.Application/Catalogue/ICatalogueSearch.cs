namespace Gongkai.Application.Catalogue;

/// <summary>
/// Chinese full-text search over published items' titles, document numbers and bodies (Art. 24: 检索),
/// ranked, filtered and paged. SQLite: FTS5 with the trigram tokenizer; PostgreSQL: pg_trgm. Queries
/// shorter than three characters fall back to a substring scan, since trigrams cannot index them.
/// </summary>
public interface ICatalogueSearch
{
    Task<CataloguePage> SearchAsync(CatalogueQuery query, CancellationToken cancellationToken = default);
}
