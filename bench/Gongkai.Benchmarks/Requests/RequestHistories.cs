using Gongkai.Domain.Applicants;
using Gongkai.Domain.Requests;

namespace Gongkai.Benchmarks.Requests;

/// <summary>Deterministic synthetic request records for the benchmarks: received 2022–2025, most ended within 60 days.</summary>
public static class RequestHistories
{
    public static RequestTableEntry[] Generate(int count, int seed)
    {
        var random = new Random(seed);
        var first = new DateOnly(2022, 1, 1);
        var days = new DateOnly(2025, 12, 31).DayNumber - first.DayNumber;
        var kinds = Enum.GetValues<ApplicantKind>();
        var entries = new RequestTableEntry[count];
        for (var i = 0; i < count; i++)
        {
            var received = first.AddDays(random.Next(days + 1));
            var open = random.Next(20) == 0;
            var concluded = open ? (DateOnly?)null : received.AddDays(random.Next(61));
            var disposition = open ? null : Disposition.All[random.Next(Disposition.All.Count)];
            entries[i] = new RequestTableEntry(kinds[random.Next(kinds.Length)], received, concluded, disposition);
        }

        return entries;
    }
}
