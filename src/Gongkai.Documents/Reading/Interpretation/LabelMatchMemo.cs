using System.Collections.Concurrent;

namespace Gongkai.Documents.Reading.Interpretation;

/// <summary>
/// Remembers label matches: matching a label against every row and column of both formats (edit
/// distances) is a pure function of the normalised text, and real reports repeat the same labels,
/// so each text is scored once per process. Bounded, so hostile files cannot grow it without limit;
/// past the bound results are computed and not kept. Callers must not change a returned value.
/// </summary>
internal sealed class LabelMatchMemo<TKey, TValue>(int capacity)
    where TKey : notnull
{
    private readonly ConcurrentDictionary<TKey, TValue> _entries = new();

    public TValue GetOrAdd(TKey key, Func<TKey, TValue> compute)
    {
        if (_entries.TryGetValue(key, out var known))
        {
            return known;
        }

        var value = compute(key);
        if (_entries.Count < capacity)
        {
            _entries.TryAdd(key, value);
        }

        return value;
    }
}
