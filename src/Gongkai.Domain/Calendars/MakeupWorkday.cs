namespace Gongkai.Domain.Calendars;

/// <summary>A Saturday or Sunday worked under the State Council arrangement (调休上班).</summary>
/// <param name="Date">The weekend day that is a working day.</param>
/// <param name="Holiday">The holiday it makes up for.</param>
public sealed record MakeupWorkday(DateOnly Date, string Holiday);
