namespace Gongkai.Application.Catalogue;

/// <summary>
/// Chinese full-text search over published items' titles, document numbers and bodies (Art. 24: 检索),
/// ranked (title/文号 hits first, then newest), filtered and paged, with at most
/// <see cref="CatalogueQuery.ResultCap"/> results (ADR-010). SQLite: FTS5 with the trigram tokenizer;
/// PostgreSQL: pg_trgm. Queries shorter than three characters, which trigrams cannot index, search titles
/// and 文号 only.
/// </summary>
public interface ICatalogueSearch
{
    Task<CataloguePage> SearchAsync(CatalogueQuery query, CancellationToken cancellationToken = default);
}
